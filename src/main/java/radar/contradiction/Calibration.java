package radar.contradiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What analysts' reviews teach the rule: the lowest model score at which a pair decided by the
 * model alone is still worth flagging. Only the model's own mistakes count: confirmed pairs, and
 * pairs dismissed as {@code model-error}; a pair dismissed as another event, another time, no
 * claim or the wrong speaker says nothing about the model's scores.
 *
 * @param modelScoreFloor pairs the model alone would flag need at least this score (0: no floor)
 * @param confirmed confirmed pairs behind the floor
 * @param modelErrors pairs dismissed as model errors behind the floor
 */
public record Calibration(double modelScoreFloor, int confirmed, int modelErrors) {

    /** No reviews yet, or too few: the configured rule alone. */
    public static final Calibration NONE = new Calibration(0, 0, 0);

    /** One reviewed pair the model decided: its score and whether the analyst confirmed it. */
    public record Review(double score, boolean confirmed) {}

    /**
     * The lowest floor at which the reviewed pairs at or above it are at least {@code minPrecision}
     * confirmed; with fewer than {@code minReviews} reviews, no floor. A floor is always just above
     * a dismissed pair's score, so dismissing pairs as model errors raises it past them.
     */
    public static Calibration fit(List<Review> reviews, double minPrecision, int minReviews) {
        int confirmed = (int) reviews.stream().filter(Review::confirmed).count();
        int errors = reviews.size() - confirmed;
        if (reviews.size() < minReviews || errors == 0) return new Calibration(0, confirmed, errors);
        List<Double> floors = new ArrayList<>(List.of(0.0));
        reviews.stream().filter(r -> !r.confirmed()).map(r -> Math.nextUp(r.score())).sorted(Comparator.naturalOrder()).forEach(floors::add);
        for (double floor : floors) {
            long above = reviews.stream().filter(r -> r.score() >= floor).count();
            long good = reviews.stream().filter(r -> r.score() >= floor && r.confirmed()).count();
            if (above == 0 || (double) good / above >= minPrecision) return new Calibration(floor, confirmed, errors);
        }
        return new Calibration(floors.get(floors.size() - 1), confirmed, errors);
    }
}
