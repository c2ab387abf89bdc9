package radar.analysis;

import java.util.List;

/** What the pipeline found in one article. */
public record Analysis(ArticleInput article, int sentences, List<AnalyzedStatement> statements, List<ScoredPair> scored, StageTimes times) {

    public List<ScoredPair> flagged() {
        return scored.stream().filter(ScoredPair::flagged).toList();
    }
}
