package radar.analysis;

import radar.contradiction.Kind;
import radar.nli.PairVerdict;
import radar.pairing.PooledStatement;

/**
 * A candidate pair after NLI: {@code earlier} is a remembered statement or an earlier claim of
 * the same article, {@code later} a claim of the analysed article; the verdict reads
 * earlier ⇒ later as "ab". {@code why} says what decided the rule's verdict; {@code byModelAlone}
 * whether the model's probabilities did (not an event, numbers or a denial).
 */
public record ScoredPair(PooledStatement earlier, AnalyzedClaim later, PairVerdict verdict, boolean flagged, Kind kind, double score, String why,
                         boolean byModelAlone) {}
