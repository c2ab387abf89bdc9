package radar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void differentCountsOfTheSameThingConflict() {
        assertTrue(Quantities.conflict("150 drones were launched overnight", "no drones were launched overnight"));
        assertTrue(Quantities.conflict("four cargo planes were grounded", "seven Valdorian cargo planes were grounded"));
        assertTrue(Quantities.conflict("anywhere from 20-60 people died in the crash", "90 were killed in the crash"));
        assertTrue(Quantities.conflict("the toll was 40 or less", "at least 215 people died"));
    }

    @Test
    void hedgedCountsThatOverlapAgree() {
        assertFalse(Quantities.conflict("more than 270 stores were closed", "about 300 stores were closed"));
        assertTrue(Quantities.agree("more than 270 stores were closed", "about 300 stores were closed"));
        assertTrue(Quantities.agree("at least 41 ferries were delayed", "Forty ferries were delayed"));
        assertTrue(Quantities.agree("up to 12 aircraft took part", "10 aircraft took part"));
        assertTrue(Quantities.agree("1,000 prisoners were freed", "1,050 prisoners were freed"));
        assertTrue(Quantities.conflict("1,000 prisoners were freed", "500 prisoners were freed"));
    }

    @Test
    void differentThingsAndDatesAreNotCompared() {
        assertFalse(Quantities.conflict("150 drones hit the city", "30 missiles hit the city"));
        assertEquals(0, Quantities.of("On May 7, 2025 the army spoke at 5:00 a.m.").size());
        assertFalse(Quantities.agree("The plant kept running all week", "Production has been halted since Monday"));
    }

    @Test
    void sharesAreComparedOnlyWithSharesOfTheSameThing() {
        assertTrue(Quantities.conflict("the mayor won 62% of the vote", "the mayor won 38% of the votes"));
        assertFalse(Quantities.conflict("with 92% of the ballots tallied, the governor led", "the governor received 12,730 votes"));
        assertFalse(Quantities.conflict("with 75% of precincts counted, the governor led", "the governor won 54% of the vote"));
        assertFalse(Quantities.conflict("with 75% of the ballots tallied, the governor had 54% of the vote",
                "with 92% of the ballots tallied, the governor won 54.6% of the votes"));
    }
}
