package radar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import radar.RadarConfig;
import radar.contradiction.Calibration;
import radar.contradiction.TopicCalibrations;
import radar.report.DismissalReason;
import radar.report.PairFilter;
import radar.report.ReviewStatus;
import radar.report.Views;
import radar.store.ArticleStore;
import radar.store.ContradictionRepository;

/** Flagged pairs for the polling API, and analysts' reviews of them. */
@ApplicationScoped
public class ReviewService {

    @Inject ContradictionRepository pairs;
    @Inject ArticleStore store;
    @Inject RadarConfig config;

    /** What the reviews so far teach the rule, with the configured thresholds it refines. */
    @Transactional
    public Views.CalibrationView calibration() {
        TopicCalibrations calibrations = store.calibration();
        Calibration fitted = calibrations.overall();
        RadarConfig.Nli nli = config.nli();
        java.util.Map<String, Double> rule = new java.util.LinkedHashMap<>();
        rule.put("contradictionThreshold", nli.contradictionThreshold());
        rule.put("entailmentMargin", nli.entailmentMargin());
        rule.put("bothDirectionsThreshold", nli.bothDirectionsThreshold());
        rule.put("narrationThreshold", nli.narrationThreshold());
        rule.put("denialEntailment", nli.denialEntailment());
        rule.put("denialSimilarity", nli.denialSimilarity());
        rule.put("numericSimilarity", nli.numericSimilarity());
        java.util.List<Views.TopicCalibrationView> byTopic = calibrations.byTopic().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> topicView(e.getKey(), e.getValue()))
                .toList();
        return new Views.CalibrationView(rule, Views.round(fitted.modelScoreFloor()), fitted.confirmed(), fitted.modelErrors(), byTopic,
                pairs.dismissedByReason(), config.calibration().minReviews(), config.calibration().minPrecision(),
                "pairs the model alone flagged, confirmed or dismissed as model-error; the floor is the lowest score at which at least "
                        + "minPrecision of those reviewed at or above it were confirmed (none below minReviews reviews or without a model error); "
                        + "a topic with minReviews reviews of its own has its own floor (byTopic), the others take the overall one");
    }

    private static Views.TopicCalibrationView topicView(long topicId, TopicCalibrations.Fitted fitted) {
        Calibration c = fitted.calibration();
        return new Views.TopicCalibrationView(topicId, fitted.label(), Views.round(c.modelScoreFloor()), c.confirmed(), c.modelErrors());
    }

    /** Newest first by page, or (with a cursor) only what was flagged after it, oldest first. */
    @Transactional
    public Views.Page<Views.ContradictionView> list(PairFilter filter, Long since, int page, int count) {
        return since != null ? pairs.after(filter, since, count) : pairs.newestFirst(filter, page, count);
    }

    @Transactional
    public String version() {
        return pairs.version();
    }

    @Transactional
    public Optional<Views.ContradictionView> byId(long id) {
        return pairs.byId(id);
    }

    @Transactional
    public Optional<Views.ContradictionView> review(long id, ReviewStatus status, String comment, DismissalReason reason) {
        return pairs.review(id, status, comment, reason);
    }
}
