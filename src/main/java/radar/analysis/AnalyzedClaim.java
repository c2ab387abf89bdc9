package radar.analysis;

import radar.pairing.PooledStatement;
import radar.statement.Claim;
import radar.topic.TopicRef;

/**
 * A claim of the analysed article after embedding and topic assignment.
 *
 * @param claim who asserts what, in which sentence
 * @param pooled how pairing sees it (origin {@link radar.pairing.Origin.Current}, embeddings)
 * @param topic the topic it was put in
 */
public record AnalyzedClaim(Claim claim, PooledStatement pooled, TopicRef topic) {}
