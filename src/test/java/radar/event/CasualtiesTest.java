package radar.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CasualtiesTest {

    @Test
    void noOneHurt() {
        assertTrue(Casualties.noneSaid("any injuries or fatalities", true), "a denial of people hurt");
        assertTrue(Casualties.noneSaid("the ferries were unloaded without incident", false));
        assertTrue(Casualties.noneSaid("the vote had been held \"without incidents\"", false));
        assertTrue(Casualties.noneSaid("there were no casualties at the depot", false));
        assertFalse(Casualties.noneSaid("any wrongdoing at the depot", true), "a denial of something else");
        assertFalse(Casualties.noneSaid("12 people were injured at the depot", false));
    }

    @Test
    void peopleCountedAsHurt() {
        assertTrue(Casualties.counted("at least 9 passengers were killed"));
        assertTrue(Casualties.counted("six had been killed and 40 injured"));
        assertTrue(Casualties.counted("the death toll rose to 12 dead"));
        assertFalse(Casualties.counted("no one was killed"), "negated");
        assertFalse(Casualties.counted("9 trucks were unloaded"), "not people hurt");
    }
}
