package radar.analysis;

import radar.pairing.PooledStatement;
import radar.statement.ExtractedStatement;
import radar.topic.TopicClusters;

/** A new statement after topic assignment: what it says, who says it, where it sits. */
public record AnalyzedStatement(ExtractedStatement extracted, PooledStatement pooled, TopicClusters.Cluster topic) {}
