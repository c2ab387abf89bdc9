package radar.contradiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reviews taught, overall and for each topic with {@code minReviews} reviews of its own: a
 * story the model reads badly gets its own floor, one it reads well keeps none, and a topic with
 * too few reviews takes the overall one.
 *
 * @param overall fitted on every review
 * @param byTopic fitted on one topic's reviews, by topic id
 */
public record TopicCalibrations(Calibration overall, Map<Long, Fitted> byTopic) {

    /** No reviews yet. */
    public static final TopicCalibrations NONE = new TopicCalibrations(Calibration.NONE, Map.of());

    /** One reviewed pair, with the topic it was filed under (null: none). */
    public record TopicReview(Long topicId, String topicLabel, Calibration.Review review) {}

    /** A topic's own calibration, with its label for display. */
    public record Fitted(String label, Calibration calibration) {}

    public static TopicCalibrations fit(List<TopicReview> reviews, double minPrecision, int minReviews) {
        Calibration overall = Calibration.fit(reviews.stream().map(TopicReview::review).toList(), minPrecision, minReviews);
        Map<Long, List<TopicReview>> grouped = new LinkedHashMap<>();
        for (TopicReview r : reviews) if (r.topicId() != null) grouped.computeIfAbsent(r.topicId(), id -> new ArrayList<>()).add(r);
        Map<Long, Fitted> byTopic = new LinkedHashMap<>();
        grouped.forEach((id, own) -> {
            if (own.size() < minReviews) return;
            byTopic.put(id, new Fitted(own.get(0).topicLabel(), Calibration.fit(own.stream().map(TopicReview::review).toList(), minPrecision, minReviews)));
        });
        return new TopicCalibrations(overall, Map.copyOf(byTopic));
    }

    /** The calibration for pairs filed under this topic (null: a topic this analysis opens). */
    public Calibration forTopic(Long topicId) {
        Fitted own = topicId == null ? null : byTopic.get(topicId);
        return own == null ? overall : own.calibration();
    }
}
