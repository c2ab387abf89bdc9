package radar.store;

import java.util.Map;
import radar.report.PairFilter;

/** A {@link PairFilter} as an HQL condition on {@link Contradiction}. */
final class ContradictionFilter {

    private ContradictionFilter() {}

    /** The condition; its parameters go into {@code params}. */
    static String where(PairFilter filter, Map<String, Object> params) {
        StringBuilder q = new StringBuilder("1 = 1");
        if (filter.topic() != null) {
            q.append(" and topic.id = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.actor() != null) {
            q.append(" and (statementA.actor.id = :actor or statementB.actor.id = :actor)");
            params.put("actor", filter.actor());
        }
        if (filter.minScore() != null) {
            q.append(" and score >= :minScore");
            params.put("minScore", filter.minScore());
        }
        if (filter.status() != null) {
            q.append(" and status = :status");
            params.put("status", filter.status().value());
        }
        if (filter.kind() != null) {
            q.append(" and kind = :kind");
            params.put("kind", filter.kind().value());
        }
        if (filter.batch() != null) {
            q.append(" and (statementA.article.id in (select i.articleId from BatchItem i where i.batch.id = :batch)"
                    + " or statementB.article.id in (select i.articleId from BatchItem i where i.batch.id = :batch))");
            params.put("batch", filter.batch());
        }
        return q.toString();
    }
}
