package radar.contradiction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import radar.RadarConfig;
import radar.nli.NliProbabilities;
import radar.nli.PairVerdict;

/**
 * When a pair is flagged: in at least one direction P(contradiction) reaches the threshold and
 * beats P(entailment) of that direction by the margin. The score is the larger P(contradiction).
 * Defaults chosen on held-out NLI data (README, "Decision rule").
 */
@ApplicationScoped
public class ContradictionRule {

    private final double threshold;
    private final double margin;

    @Inject
    public ContradictionRule(RadarConfig config) {
        this(config.nli().contradictionThreshold(), config.nli().entailmentMargin());
    }

    public ContradictionRule(double threshold, double margin) {
        this.threshold = threshold;
        this.margin = margin;
    }

    public boolean flags(PairVerdict verdict) {
        return passes(verdict.ab()) || passes(verdict.ba());
    }

    public double score(PairVerdict verdict) {
        return Math.max(verdict.ab().contradiction(), verdict.ba().contradiction());
    }

    private boolean passes(NliProbabilities p) {
        return p.contradiction() >= threshold && p.contradiction() - p.entailment() >= margin;
    }
}
