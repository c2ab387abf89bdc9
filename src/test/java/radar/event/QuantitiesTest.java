package radar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void differentCountsOfTheSameThingConflict() {
        assertTrue(Quantities.conflict("150 drones were launched overnight", "no drones were launched overnight"));
        assertTrue(Quantities.conflict("five jets were shot down", "two Indian fighter jets were shot down"));
        assertTrue(Quantities.conflict("anywhere from 100-300 people were killed", "500 were killed in the blast"));
        assertTrue(Quantities.conflict("the toll was 50 or less", "at least 471 people were killed"));
    }

    @Test
    void hedgedCountsThatOverlapAgree() {
        assertFalse(Quantities.conflict("more than 270 stores were closed", "about 300 stores were closed"));
        assertTrue(Quantities.agree("more than 270 stores were closed", "about 300 stores were closed"));
        assertTrue(Quantities.agree("at least 31 people were killed", "Thirty people were killed"));
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
        assertFalse(Quantities.conflict("with 97% of the votes counted, the mayor led", "the mayor received 6,408 votes"));
        assertFalse(Quantities.conflict("with 80% of ballots counted, the mayor led", "the mayor won 51% of the vote"));
        assertFalse(Quantities.conflict("with 80% of the votes counted, the mayor had 51% of the vote",
                "with 97% of the votes counted, the mayor won 51.9% of the votes"));
    }
}
