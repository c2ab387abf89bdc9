package radar.analysis;

import radar.nli.PairVerdict;
import radar.pairing.PooledStatement;

/**
 * A candidate pair after NLI: {@code earlier} is the stored (or earlier) statement, {@code later}
 * the new one; the verdict reads earlier ⇒ later as "ab".
 */
public record ScoredPair(PooledStatement earlier, AnalyzedStatement later, PairVerdict verdict, boolean flagged, double score) {}
