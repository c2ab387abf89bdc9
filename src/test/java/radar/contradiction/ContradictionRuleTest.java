package radar.contradiction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import radar.actor.ActorRef;
import radar.nli.NliProbabilities;
import radar.nli.PairVerdict;
import radar.pairing.Origin;
import radar.pairing.PooledStatement;
import radar.statement.Polarity;

/** The rule on made-up statements and given probabilities: what it asks of each kind of pair. */
class ContradictionRuleTest {

    /** Thresholds 0.15 / 0.10 / 0.15, denial 0.30 / 0.70, numeric 0.70, narration 0.25; every event reading on. */
    final ContradictionRule rule = new ContradictionRule(0.15, 0.10, 0.15, 0.30, 0.70, 0.70, 0.25);

    @Test
    void aPairTheModelReadsAsNeutralBothWaysIsNotFlagged() {
        assertFalse(rule.decide(verdict(0.05, 0.08), said("port", "the ferry terminal was closed all week", 0),
                said("union", "the ferry workers want higher pay", 1), 0.8).flagged());
    }

    @Test
    void anEventReadingDecidesOnlyWhenItIsOn() {
        PooledStatement stopped = said("army", "the army halted its shelling of the northern villages", 0);
        PooledStatement ongoing = said("residents", "heavy shelling hit the northern villages overnight", 1);
        assertTrue(rule.decide(verdict(0.02, 0.02), stopped, ongoing, 0.8).flagged(), "cessation on: stopped against going on is flagged");
        ContradictionRule casualtiesOnly = new ContradictionRule(0.15, 0.10, 0.15, 0.30, 0.70, 0.70, 0.25, java.util.Set.of("casualties"));
        assertFalse(casualtiesOnly.decide(verdict(0.02, 0.02), stopped, ongoing, 0.8).flagged(), "cessation off: the model's word decides");
    }

    @Test
    void oneSureDirectionFlagsTwoActorsFacts() {
        assertTrue(rule.decide(verdict(0.85, 0.20), said("port", "the ferry terminal was closed all week", 0),
                said("union", "the ferry terminal stayed open on Monday", 1), 0.8).flagged());
    }

    @Test
    void aReportedStanceNeedsTheModelToLeanBothWays() {
        PooledStatement stance = said("council", "the council described the ferry talks as a charade", 0);
        PooledStatement fact = said("port", "the ferry talks ended with a signed agreement", 1);
        assertFalse(rule.decide(verdict(0.85, 0.20), stance, fact, 0.8).flagged(), "one sure direction is not enough against a stance");
        assertTrue(rule.decide(verdict(0.85, 0.60), stance, fact, 0.8).flagged(), "both directions leaning is");
    }

    @Test
    void aStanceVerbThatStatesAFactIsNoAttitude() {
        PooledStatement ratified = said("board", "the election board ratified the mayor's victory", 0);
        PooledStatement denied = said("rival", "the mayor did not win the election", 1);
        assertTrue(rule.decide(verdict(0.85, 0.20), ratified, denied, 0.8).flagged());
    }

    private static PairVerdict verdict(double ab, double ba) {
        return new PairVerdict(new NliProbabilities(ab, 0.05, 0.95 - ab), new NliProbabilities(ba, 0.05, 0.95 - ba));
    }

    private static PooledStatement said(String actor, String text, int sentence) {
        return PooledStatement.of(new Origin.Current(sentence), sentence, new ActorRef(actor, "institution", null), Polarity.ASSERTS,
                Instant.parse("2025-05-01T08:00:00Z"), new float[] {1, 0}, new float[] {1, 0}, text);
    }
}
