package radar.analysis;

import java.util.List;
import radar.topic.TopicAssigner;

/**
 * What the pipeline found in one article: its claims (in order; the n-th has origin
 * {@code Current(n)}), the topics it opened, and every pair it scored.
 */
public record Analysis(ArticleInput article, int sentences, List<AnalyzedClaim> claims, List<TopicAssigner.OpenedTopic> openedTopics,
                       List<ScoredPair> scored, StageTimes times) {

    public List<ScoredPair> flagged() {
        return scored.stream().filter(ScoredPair::flagged).toList();
    }
}
