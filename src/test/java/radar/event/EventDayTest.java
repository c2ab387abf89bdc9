package radar.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventDayTest {

    /** A Thursday. */
    static final Instant PUBLISHED = Instant.parse("2025-06-05T09:00:00Z");

    @Test
    void readsTheDayAnEventIsPinnedTo() {
        assertEquals(LocalDate.of(2025, 6, 3), EventDay.of("the bridge was closed on June 3", PUBLISHED).orElseThrow().date());
        assertEquals(LocalDate.of(2024, 3, 3), EventDay.of("the bridge was closed on 3 March 2024", PUBLISHED).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 6, 3), EventDay.of("the depot burned on Tuesday", PUBLISHED).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 6, 4), EventDay.of("drones hit the port yesterday", PUBLISHED).orElseThrow().date());
        assertEquals(LocalDate.of(2025, 6, 5), EventDay.of("12 drones were shot down overnight", PUBLISHED).orElseThrow().date());
        assertEquals(LocalDate.of(2024, 12, 30), EventDay.of("the bridge was closed on December 30", Instant.parse("2025-01-02T00:00:00Z"))
                .orElseThrow().date(), "a late-December day in an early-January article is last year's");
    }

    @Test
    void spansDeadlinesAndUndatedRelativeDaysAreNoEventDay() {
        assertEquals(Optional.empty(), EventDay.of("the bridge has been closed since June 3", PUBLISHED));
        assertEquals(Optional.empty(), EventDay.of("the bridge will reopen by Friday", PUBLISHED));
        assertEquals(Optional.empty(), EventDay.of("the depot burned on Tuesday", null), "no article date to count back from");
        assertTrue(EventDay.of("the bridge was closed on June 3", null).isPresent(), "a written date needs none");
    }

    @Test
    void daysClearlyApartAreTwoMoments() {
        EventDay third = EventDay.of("closed on June 3", null).orElseThrow();
        EventDay tenth = EventDay.of("open on June 10", PUBLISHED.plusSeconds(10 * 86_400)).orElseThrow();
        EventDay fourth = EventDay.of("open on Wednesday", PUBLISHED).orElseThrow();
        assertTrue(third.apartFrom(tenth));
        assertFalse(third.apartFrom(fourth), "a night spans two dates");
    }
}
