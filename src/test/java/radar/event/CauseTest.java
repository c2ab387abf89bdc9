package radar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CauseTest {

    @Test
    void readsWhatIsBlamedForWhat() {
        Cause cause = Cause.of("the warehouse fire was caused by a faulty heater according to the fire brigade").orElseThrow();
        assertEquals("a faulty heater", cause.asWritten());
        assertTrue(cause.effect().contains(radar.topic.Terms.stems("fire").iterator().next()));
        assertEquals(Optional.empty(), Cause.of("the warehouse fire was not caused by a heater"));
        assertEquals(Optional.empty(), Cause.of("the warehouse burned down on Monday"));
    }

    @Test
    void twoCausesOfOneEventDiffer() {
        Cause heater = Cause.of("the warehouse fire was caused by a faulty heater").orElseThrow();
        Cause arson = Cause.of("arsonists caused the warehouse fire").orElseThrow();
        Cause heaterAgain = Cause.of("a faulty heater in the office caused the fire").orElseThrow();
        Cause strike = Cause.of("the strike caused the delays at the port").orElseThrow();
        assertTrue(heater.differsFrom(arson, false), "same fire, two causes");
        assertFalse(heater.differsFrom(heaterAgain, false), "the same cause");
        assertFalse(heater.differsFrom(strike, false), "another event");
        assertTrue(heater.differsFrom(strike, true), "unless the statements are close enough to be about one event");
    }

    @Test
    void aCauseWithoutItsEventCountsOnlyBetweenCloseStatements() {
        Cause rocket = Cause.of("a misfired rocket was to blame").orElseThrow();
        Cause strike = Cause.of("an air strike caused the killings").orElseThrow();
        assertTrue(rocket.effect().isEmpty());
        assertFalse(rocket.differsFrom(strike, false));
        assertTrue(rocket.differsFrom(strike, true));
    }

    @Test
    void beingResponsibleNamesTheSameCulpritAsBlame() {
        Cause denied = Cause.of("the port police were responsible for the warehouse fire").orElseThrow();
        Cause blamed = Cause.of("the warehouse fire was caused by port police flares").orElseThrow();
        Cause other = Cause.of("the warehouse fire was caused by a faulty heater").orElseThrow();
        assertTrue(denied.sameAs(blamed, false), "the same culprit for the same fire");
        assertFalse(denied.sameAs(other, false), "another culprit");
    }
}
