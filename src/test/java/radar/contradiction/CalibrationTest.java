package radar.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import radar.contradiction.Calibration.Review;

class CalibrationTest {

    @Test
    void tooFewReviewsOrNoModelErrorSetNoFloor() {
        assertEquals(0, Calibration.fit(List.of(new Review(0.9, false)), 0.7, 5).modelScoreFloor());
        assertEquals(0, Calibration.fit(List.of(new Review(0.5, true), new Review(0.6, true), new Review(0.7, true)), 0.7, 2).modelScoreFloor());
    }

    @Test
    void theFloorRisesJustPastTheModelErrorsBelowTheConfirmedPairs() {
        List<Review> reviews = List.of(new Review(0.55, false), new Review(0.62, false), new Review(0.75, true), new Review(0.80, true),
                new Review(0.91, true));
        Calibration fitted = Calibration.fit(reviews, 0.7, 5);
        assertTrue(fitted.modelScoreFloor() > 0.55 && fitted.modelScoreFloor() <= 0.62, "floor " + fitted.modelScoreFloor());
        assertEquals(3, fitted.confirmed());
        assertEquals(2, fitted.modelErrors());
    }

    @Test
    void whenEveryReviewIsAModelErrorTheFloorPassesThemAll() {
        Calibration fitted = Calibration.fit(List.of(new Review(0.71, false), new Review(0.83, false)), 0.7, 2);
        assertTrue(fitted.modelScoreFloor() > 0.83, "floor " + fitted.modelScoreFloor());
    }
}
