package radar.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Made-up claims: an action said to have stopped, against reports of it going on (or not). */
class CessationTest {

    private static final String HALTED = "the army had halted its shelling of the northern villages following the talks";

    @Test
    void theSameActionOnTheSameTargetContradictsIt() {
        assertTrue(Cessation.conflict(HALTED, "residents reported heavy shelling of two northern villages overnight"));
        // Another word for the same kind of violence still counts.
        assertTrue(Cessation.conflict(HALTED, "rockets were launched overnight, including at the northern villages"));
        // Either order.
        assertTrue(Cessation.conflict("rockets were launched overnight, including at the northern villages", HALTED));
    }

    @Test
    void aCountryCountsOnlyWhereTheActionIsAimedAtIt() {
        String halted = "Norland had stopped its strikes on Estovian power stations";
        assertTrue(Cessation.conflict(halted, "40 missile strikes on Estovia were recorded this week"));
        assertFalse(Cessation.conflict(halted, "the minister commented on Estovia's surprise attack inside Norland"));
    }

    @Test
    void negatedOtherActionsOrOtherTargetsDoNot() {
        assertFalse(Cessation.conflict(HALTED, "the northern villages were calm and no shelling was heard"));
        assertFalse(Cessation.conflict(HALTED, "drones struck a school in the capital"));
        assertFalse(Cessation.conflict(HALTED, "the two sides traded accusations over shelling of the northern villages"));
        assertFalse(Cessation.conflict("the company halted production at its river plant",
                "workers at the river plant went on strike"));
        assertFalse(Cessation.conflict(HALTED, "the army halted its shelling of the northern villages"), "two cessations agree");
    }

    @Test
    void aSentenceWithoutAStoppedActionHasNone() {
        assertTrue(Cessation.of("the talks continued for a third day").isEmpty());
        assertFalse(Cessation.of(HALTED).isEmpty());
    }
}
