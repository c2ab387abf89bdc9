package radar.contradiction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import radar.RadarConfig;
import radar.event.Negation;
import radar.event.Quantities;
import radar.nli.NliProbabilities;
import radar.nli.PairVerdict;
import radar.pairing.PooledStatement;
import radar.statement.Polarity;
import radar.statement.Stances;

/**
 * Which scored pairs are flagged. Contradiction is symmetric, so the model is asked both ways:
 * a pair is flagged when one direction is sure (P(contradiction) ≥ {@code threshold}, beating
 * P(entailment) by {@code margin}) or both directions lean the same way (each P(contradiction) ≥
 * {@code both-directions-threshold}). Two actors make a {@link Kind#CONTRADICTION}; one actor at
 * two clearly different times (pairing only offers those) a {@link Kind#CHANGED_OVER_TIME}. The
 * same proposition twice is agreement, whatever the model says. The score is the larger
 * P(contradiction). When one actor denies what another asserts, the question turns round: the
 * pair is a {@link Kind#DENIAL} when the denied and the asserted proposition say the same. Two
 * actors giving incompatible numbers for the same counted thing are a {@link Kind#NUMERIC}
 * conflict; compatible numbers ("more than 270", "about 300") are never flagged. Two voices of one
 * known side are not flagged against each other, and an outlet's own narration needs the model to
 * lean to contradiction both ways ({@code narration-threshold}). The event readings named in
 * {@code radar.event.readings} decide whatever the model says: no one hurt against a count
 * ({@code casualties}, on by default), and, off by default because their firings on other news were
 * right less than 7 times in 10, an action said to have stopped against reports of it going on
 * ({@code cessation}), two causes of one event ({@code cause}), two extents of damage ({@code damage}).
 */
@ApplicationScoped
public class ContradictionRule {

    /**
     * The rule's verdict on a scored pair.
     *
     * @param why what decided it, in words an analyst can check ("numbers for one count differ: …")
     * @param byModelAlone the model's probabilities decided it (not an event, numbers or a denial)
     */
    public record Decision(boolean flagged, Kind kind, double score, String why, boolean byModelAlone) {
        Decision(boolean flagged, Kind kind, double score, String why) {
            this(flagged, kind, score, why, false);
        }
    }

    private final double threshold;
    private final double margin;
    private final double bothDirections;
    private final double denialEntailment;
    private final double denialSimilarity;
    private final double numericSimilarity;
    private final double narrationThreshold;
    private final Set<String> readings;

    @Inject
    public ContradictionRule(RadarConfig config) {
        this(config.nli().contradictionThreshold(), config.nli().entailmentMargin(), config.nli().bothDirectionsThreshold(),
                config.nli().denialEntailment(), config.nli().denialSimilarity(), config.nli().numericSimilarity(),
                config.nli().narrationThreshold(), config.event().readings());
    }

    /** A rule without denials: for measuring the model alone. */
    public ContradictionRule(double threshold, double margin, double bothDirections) {
        this(threshold, margin, bothDirections, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, bothDirections);
    }

    /** With every event reading on, as the rules were written. */
    public ContradictionRule(double threshold, double margin, double bothDirections, double denialEntailment, double denialSimilarity,
                             double numericSimilarity, double narrationThreshold) {
        this(threshold, margin, bothDirections, denialEntailment, denialSimilarity, numericSimilarity, narrationThreshold, ALL_READINGS);
    }

    /** The readings {@code radar.event.readings} can name. */
    public static final Set<String> ALL_READINGS = Set.of("cessation", "cause", "damage", "casualties");

    public ContradictionRule(double threshold, double margin, double bothDirections, double denialEntailment, double denialSimilarity,
                             double numericSimilarity, double narrationThreshold, Set<String> readings) {
        if (!ALL_READINGS.containsAll(readings)) throw new IllegalArgumentException("radar.event.readings: unknown " + readings + ", known " + ALL_READINGS);
        this.readings = Set.copyOf(readings);
        this.threshold = threshold;
        this.margin = margin;
        this.bothDirections = bothDirections;
        this.denialEntailment = denialEntailment;
        this.denialSimilarity = denialSimilarity;
        this.numericSimilarity = numericSimilarity;
        this.narrationThreshold = narrationThreshold;
    }

    /** What an event reading says of a pair, when {@code radar.event.readings} has it on. */
    private Optional<String> reading(String name, java.util.function.Supplier<Optional<String>> why) {
        return readings.contains(name) ? why.get() : Optional.empty();
    }

    public Decision decide(PairVerdict verdict, PooledStatement earlier, PooledStatement later, double similarity) {
        return decide(verdict, earlier, later, similarity, Calibration.NONE);
    }

    /** As {@link #decide(PairVerdict, PooledStatement, PooledStatement, double)}, with what reviews taught: see {@link Calibration}. */
    public Decision decide(PairVerdict verdict, PooledStatement earlier, PooledStatement later, double similarity, Calibration calibration) {
        Decision ruled = rule(verdict, earlier, later, similarity);
        // The times compared, where both name a day: "both about 3 June 2025 (“on Tuesday”, “on June 3”)".
        Decision decision = earlier.event().sameDay(later.event())
                .map(day -> new Decision(ruled.flagged(), ruled.kind(), ruled.score(), ruled.why() + "; " + day, ruled.byModelAlone()))
                .orElse(ruled);
        if (decision.flagged() && decision.byModelAlone() && decision.score() < calibration.modelScoreFloor()) {
            return new Decision(false, decision.kind(), decision.score(), decision.why()
                    + String.format(Locale.ROOT, "; below %.2f, the score reviews set for the model alone", calibration.modelScoreFloor()));
        }
        return decision;
    }

    private Decision rule(PairVerdict verdict, PooledStatement earlier, PooledStatement later, double similarity) {
        boolean sameActor = earlier.actor().id().equals(later.actor().id());
        double score = Math.max(verdict.ab().contradiction(), verdict.ba().contradiction());
        // "denied any injuries or fatalities" against "at least 31 people were killed": none against a count.
        if (readings.contains("casualties") && !sameActor && !earlier.actor().sameSide(later.actor()) && earlier.hurtVersusNone(later)) {
            return new Decision(true, Kind.NUMERIC, score,
                    String.format(Locale.ROOT, "one says no one was hurt, the other counts people hurt; similarity %.2f; ", similarity) + model(verdict));
        }
        if (!sameActor && (earlier.polarity() == Polarity.DENIES) != (later.polarity() == Polarity.DENIES)) {
            // "denied responsibility for the blast" against "an army strike caused the blast": the model sees two neutral facts.
            var blame = earlier.deniedBlameWhy(later);
            if (blame.isPresent()) return new Decision(true, Kind.DENIAL, Math.max(similarity, score), blame.get() + "; " + model(verdict));
            // One side's voices do not answer each other; "X was not responsible" agrees with a denial that X was.
            PooledStatement asserted = earlier.polarity() == Polarity.DENIES ? later : earlier;
            if (earlier.actor().sameSide(later.actor()) || Negation.in(asserted.text())) {
                return new Decision(false, Kind.DENIAL, 0, "a denial against its own side or a negation");
            }
            return denial(verdict, earlier.propositionSimilarity(later));
        }
        String model = model(verdict);
        if (earlier.polarity() == Polarity.DENIES) return new Decision(false, Kind.CONTRADICTION, 0, "two denials");
        Quantities.Comparison numbers = Quantities.compare(earlier.text(), later.text());
        // Numbers differ between any two events; only close neighbours in meaning count the same thing.
        if (!sameActor && similarity >= numericSimilarity && numbers == Quantities.Comparison.CONFLICT) {
            String which = Quantities.firstConflict(earlier.text(), later.text()).orElse("");
            return new Decision(true, Kind.NUMERIC, score, "numbers for one count differ: " + which + String.format(Locale.ROOT, "; similarity %.2f", similarity));
        }
        // "more than 270 stores" and "about 300 stores": the numbers agree, whatever the model makes of the wording.
        if (numbers == Quantities.Comparison.AGREE) return new Decision(false, Kind.CONTRADICTION, score, "the numbers agree");
        if (sameActor) {
            return new Decision(flags(verdict) && !sameWords(earlier.text(), later.text()), Kind.CHANGED_OVER_TIME, score,
                    "one actor at two dates; " + model, true);
        }
        // One side's voices (the Kremlin and Russia) are not one another's contradiction.
        if (earlier.actor().sameSide(later.actor()) || sameWords(earlier.text(), later.text())) {
            return new Decision(false, Kind.CONTRADICTION, score, "same side or same words");
        }
        // "halted its attacks on energy facilities" against "drones hit energy facilities": the event decides, not the wording.
        var stopped = reading("cessation", () -> earlier.stoppedVersusOngoingWhy(later));
        if (stopped.isPresent()) return new Decision(true, Kind.CONTRADICTION, score, stopped.get() + "; " + model);
        // "the blast was caused by a failed rocket" against "an air strike caused the killings": two causes of one event.
        var causes = reading("cause", () -> earlier.differentCausesWhy(later));
        if (causes.isPresent()) return new Decision(true, Kind.CONTRADICTION, score, causes.get() + "; " + model);
        // "obliterated" against "set back only a few months": how badly one thing was hit.
        var damage = reading("damage", () -> earlier.damageDisagreementWhy(later));
        if (damage.isPresent()) return new Decision(true, Kind.CONTRADICTION, score, damage.get() + "; " + model);
        // An outlet's own narration is background, a reported stance ("X described the talks as a
        // performance") an attitude: against either, the model must lean to contradiction both ways.
        boolean narration = earlier.actor().isOutlet() || later.actor().isOutlet();
        boolean stance = Stances.reportsAStance(earlier.text()) || Stances.reportsAStance(later.text());
        boolean flagged = narration || stance ? Math.min(verdict.ab().contradiction(), verdict.ba().contradiction()) >= narrationThreshold : flags(verdict);
        String against = narration ? "against the outlet's narration; " : stance ? "against a reported stance; " : "";
        return new Decision(flagged, Kind.CONTRADICTION, score, against + model, true);
    }

    /** "the model reads contradiction both ways (0.62 / 0.55)". */
    private static String model(PairVerdict verdict) {
        double ab = verdict.ab().contradiction(), ba = verdict.ba().contradiction();
        String how = Math.min(ab, ba) >= 0.5 ? "both ways" : "one way";
        return String.format(Locale.ROOT, "the model reads contradiction %s (%.2f / %.2f)", how, ab, ba);
    }

    /**
     * One side denies P, the other asserts Q: a disagreement when P and Q say the same (the model
     * sees entailment, or the two are close in meaning and the model sees no contradiction).
     */
    private Decision denial(PairVerdict verdict, double similarity) {
        double entailment = Math.max(verdict.ab().entailment(), verdict.ba().entailment());
        double contradiction = Math.max(verdict.ab().contradiction(), verdict.ba().contradiction());
        boolean same = entailment >= denialEntailment || (similarity >= denialSimilarity && contradiction < 0.5);
        return new Decision(same, Kind.DENIAL, Math.max(entailment, similarity),
                String.format(Locale.ROOT, "one denies what the other asserts (entailment %.2f, similarity %.2f)", entailment, similarity));
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
