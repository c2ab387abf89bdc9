package radar.report;

import radar.contradiction.Kind;

/**
 * Which flagged pairs a reader wants: by topic id, actor id (either side), minimum score, review
 * status, kind, and batch (either side's article came in that batch); null = any.
 */
public record PairFilter(Long topic, String actor, Double minScore, ReviewStatus status, Kind kind, Long batch) {

    public PairFilter(Long topic, String actor, Double minScore, ReviewStatus status, Kind kind) {
        this(topic, actor, minScore, status, kind, null);
    }

    public static PairFilter ofBatch(long batch) {
        return new PairFilter(null, null, null, null, null, batch);
    }
}
