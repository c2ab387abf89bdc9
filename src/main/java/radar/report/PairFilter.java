package radar.report;

/** Which flagged pairs a reader wants: by topic id, actor id (either side), minimum score, review status; null = any. */
public record PairFilter(Long topic, String actor, Double minScore, ReviewStatus status) {}
