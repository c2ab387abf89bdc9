package radar.contradiction;

import java.util.HashMap;
import java.util.Map;

/** Which flagged pairs a reader wants: by topic id, actor id (either side), minimum score, review status. */
public record ContradictionFilter(Long topic, String actor, Double minScore, Contradiction.Status status) {

    /** The HQL condition and its parameters, for Panache queries on {@link Contradiction}. */
    String where(Map<String, Object> params) {
        StringBuilder q = new StringBuilder("1 = 1");
        if (topic != null) {
            q.append(" and topic.id = :topic");
            params.put("topic", topic);
        }
        if (actor != null) {
            q.append(" and (statementA.actor.id = :actor or statementB.actor.id = :actor)");
            params.put("actor", actor);
        }
        if (minScore != null) {
            q.append(" and score >= :minScore");
            params.put("minScore", minScore);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status.value());
        }
        return q.toString();
    }

    static Map<String, Object> params() {
        return new HashMap<>();
    }
}
