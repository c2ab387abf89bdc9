package radar.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Articles analysed one after another, each against the ones before it, in a memory of their
 * own: what a one-off report and an evaluation do, with nothing stored.
 */
public final class ArticleRun {

    /** One article's analysis and its claims as filed in the run's memory. */
    public record Step(Analysis analysis, List<InMemoryMemory.Filed> filed) {}

    private final Pipeline pipeline;
    private final InMemoryMemory memory = new InMemoryMemory();
    private final List<Step> steps = new ArrayList<>();

    public ArticleRun(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Step add(ArticleInput article) {
        Analysis analysis = pipeline.analyze(article, memory);
        Step step = new Step(analysis, memory.remember(analysis));
        steps.add(step);
        return step;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** A pair's earlier side, as filed: a claim of an earlier article or of the step's own. */
    public InMemoryMemory.Filed earlier(ScoredPair pair, Step step) {
        return memory.resolve(pair.earlier().origin(), step.filed());
    }

    /** A pair's later side, as filed: always a claim of the step's own article. */
    public InMemoryMemory.Filed later(ScoredPair pair, Step step) {
        return memory.resolve(pair.later().pooled().origin(), step.filed());
    }
}
