package radar.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import radar.contradiction.Kind;

/** Test helper: two made-up articles through the pipeline, one after the other, and what the second flags. */
final class TwoArticles {

    private TwoArticles() {}

    /** The pairs the second article flags; the two statements must have been paired at all. */
    static List<ScoredPair> flagged(Pipeline pipeline, ArticleInput first, ArticleInput second) {
        ArticleRun run = new ArticleRun(pipeline);
        run.add(first);
        List<ScoredPair> scored = run.add(second).analysis().scored();
        assertTrue(!scored.isEmpty(), "the two statements were paired");
        return scored.stream().filter(ScoredPair::flagged).toList();
    }

    static List<Kind> kinds(List<ScoredPair> pairs) {
        return pairs.stream().map(ScoredPair::kind).toList();
    }

    /** An article of {@code source} published at 08:00 UTC on {@code date} (yyyy-mm-dd). */
    static ArticleInput article(String source, String date, String text) {
        return new ArticleInput(null, source, null, Instant.parse(date + "T08:00:00Z"), text);
    }
}
