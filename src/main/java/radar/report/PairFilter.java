package radar.report;

import radar.contradiction.Kind;

/** Which flagged pairs a reader wants: by topic id, actor id (either side), minimum score, review status, kind; null = any. */
public record PairFilter(Long topic, String actor, Double minScore, ReviewStatus status, Kind kind) {}
