package radar.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import radar.contradiction.TopicCalibrations.TopicReview;

class TopicCalibrationsTest {

    @Test
    void aTopicWithEnoughReviewsHasItsOwnFloorTheOthersTheOverallOne() {
        List<TopicReview> reviews = new ArrayList<>();
        for (double score : new double[] {0.20, 0.25, 0.30}) reviews.add(review(1L, score, false)); // topic 1: model errors
        for (double score : new double[] {0.22, 0.24, 0.26}) reviews.add(review(2L, score, true)); // topic 2: confirmed
        reviews.add(review(3L, 0.50, false)); // topic 3: one review only
        TopicCalibrations fitted = TopicCalibrations.fit(reviews, 0.70, 3);

        assertTrue(fitted.forTopic(1L).modelScoreFloor() > 0.30, "above topic 1's errors");
        assertEquals(0.0, fitted.forTopic(2L).modelScoreFloor(), "topic 2's reviews were all confirmed");
        assertEquals(fitted.overall(), fitted.forTopic(3L), "too few reviews of its own");
        assertEquals(fitted.overall(), fitted.forTopic(null), "a topic opened by this analysis");
        assertEquals(List.of(1L, 2L), fitted.byTopic().keySet().stream().sorted().toList());
    }

    private static TopicReview review(long topic, double score, boolean confirmed) {
        return new TopicReview(topic, "topic " + topic, new Calibration.Review(score, confirmed));
    }
}
