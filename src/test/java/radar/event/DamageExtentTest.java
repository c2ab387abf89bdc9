package radar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DamageExtentTest {

    @Test
    void readsHowBadlySomethingWasHit() {
        assertTrue(DamageExtent.of("the storm had obliterated the harbour wall").orElseThrow().severe());
        assertTrue(DamageExtent.of("the depot was totally destroyed").orElseThrow().severe());
        assertFalse(DamageExtent.of("the depot was not totally destroyed").orElseThrow().severe(), "negated");
        assertFalse(DamageExtent.of("the harbour wall is largely intact").orElseThrow().severe());
        assertFalse(DamageExtent.of("the fire set back the refinery by only a few months").orElseThrow().severe());
        assertFalse(DamageExtent.of("the raids on the harbour “did not achieve anything”").orElseThrow().severe());
        assertFalse(DamageExtent.of("the mayor had exaggerated their impact").orElseThrow().severe());
        assertEquals(Optional.empty(), DamageExtent.of("the harbour wall was inspected on Monday"));
    }

    @Test
    void destroyedAgainstLimitedAboutOneThing() {
        DamageExtent destroyed = DamageExtent.of("the storm had obliterated the harbour wall").orElseThrow();
        DamageExtent intact = DamageExtent.of("the harbour wall is largely intact").orElseThrow();
        DamageExtent otherThing = DamageExtent.of("the school roof is largely intact").orElseThrow();
        DamageExtent alsoDestroyed = DamageExtent.of("the harbour wall was totally destroyed").orElseThrow();
        assertTrue(destroyed.contradicts(intact, false));
        assertFalse(destroyed.contradicts(otherThing, false), "another thing");
        assertFalse(destroyed.contradicts(alsoDestroyed, false), "they agree");
    }
}
