package radar.contradiction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import radar.RadarConfig;
import radar.nli.NliProbabilities;
import radar.nli.PairVerdict;
import radar.pairing.PooledStatement;

/**
 * Which scored pairs are flagged. Contradiction is symmetric, so the model is asked both ways:
 * a pair is flagged when one direction is sure (P(contradiction) ≥ {@code threshold}, beating
 * P(entailment) by {@code margin}) or both directions lean the same way (each P(contradiction) ≥
 * {@code both-directions-threshold}). Two actors make a {@link Kind#CONTRADICTION}; one actor at
 * two clearly different times (pairing only offers those) a {@link Kind#CHANGED_OVER_TIME}. The
 * same proposition twice is agreement, whatever the model says. The score is the larger
 * P(contradiction).
 */
@ApplicationScoped
public class ContradictionRule {

    /** The rule's verdict on a scored pair. */
    public record Decision(boolean flagged, Kind kind, double score) {}

    private final double threshold;
    private final double margin;
    private final double bothDirections;

    @Inject
    public ContradictionRule(RadarConfig config) {
        this(config.nli().contradictionThreshold(), config.nli().entailmentMargin(), config.nli().bothDirectionsThreshold());
    }

    public ContradictionRule(double threshold, double margin, double bothDirections) {
        this.threshold = threshold;
        this.margin = margin;
        this.bothDirections = bothDirections;
    }

    public Decision decide(PairVerdict verdict, PooledStatement earlier, PooledStatement later) {
        Kind kind = earlier.actorId().equals(later.actorId()) ? Kind.CHANGED_OVER_TIME : Kind.CONTRADICTION;
        boolean flagged = flags(verdict) && !sameWords(earlier.text(), later.text());
        return new Decision(flagged, kind, Math.max(verdict.ab().contradiction(), verdict.ba().contradiction()));
    }

    /** What the model's probabilities alone say. */
    public boolean flags(PairVerdict verdict) {
        boolean oneSure = passes(verdict.ab()) || passes(verdict.ba());
        boolean bothLean = Math.min(verdict.ab().contradiction(), verdict.ba().contradiction()) >= bothDirections;
        return oneSure || bothLean;
    }

    private boolean passes(NliProbabilities p) {
        return p.contradiction() >= threshold && p.contradiction() - p.entailment() >= margin;
    }

    private static boolean sameWords(String a, String b) {
        return Arrays.equals(words(a), words(b));
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").strip().split("\\s+");
    }
}
