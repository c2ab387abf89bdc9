package radar.store;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import radar.report.PairFilter;
import radar.contradiction.Calibration;
import radar.contradiction.TopicCalibrations;
import radar.report.DismissalReason;
import radar.report.ReviewStatus;
import radar.report.Views;

/** Flagged pairs as stored: pages, polling, reviews. Runs inside the caller's transaction. */
@ApplicationScoped
public class ContradictionRepository {

    @Inject EntityManager em;

    /** Newest first, by page. The cursor is the newest id, to start polling from. */
    public Views.Page<Views.ContradictionView> newestFirst(PairFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        var query = Contradiction.<Contradiction>find(ContradictionFilter.where(filter, params) + " order by id desc", params)
                .page(Page.of(page, size));
        List<Contradiction> items = query.list();
        long total = query.count();
        return new Views.Page<>(items.stream().map(StoredViews::contradiction).toList(), page, size, total,
                newestId(), (long) (page + 1) * size < total);
    }

    /**
     * Pairs flagged after the cursor (ids are given in flagging order), oldest first, so a
     * dashboard appends them and asks again with the returned cursor.
     */
    public Views.Page<Views.ContradictionView> after(PairFilter filter, long cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("cursor", cursor);
        List<Contradiction> items = Contradiction.<Contradiction>find(ContradictionFilter.where(filter, params) + " and id > :cursor order by id", params)
                .page(Page.ofSize(limit + 1)).list();
        boolean more = items.size() > limit;
        if (more) items = items.subList(0, limit);
        // Without a match the cursor still moves to the newest id: later pairs are all the client needs.
        long next = items.isEmpty() ? Math.max(cursor, newestId()) : items.get(items.size() - 1).id;
        return new Views.Page<>(items.stream().map(StoredViews::contradiction).toList(), 0, limit, items.size(), next, more);
    }

    /** Changes whenever a pair is flagged or reviewed: what the ETag is made of. */
    public String version() {
        Object[] row = em.createQuery("select count(c), coalesce(max(c.id), 0), max(c.reviewedAt) from Contradiction c", Object[].class)
                .getSingleResult();
        return row[0] + "-" + row[1] + "-" + (row[2] == null ? 0 : ((Instant) row[2]).toEpochMilli());
    }

    public Optional<Views.ContradictionView> byId(long id) {
        return Contradiction.<Contradiction>findByIdOptional(id).map(StoredViews::contradiction);
    }

    public Optional<Views.ContradictionView> review(long id, ReviewStatus status, String comment, DismissalReason reason) {
        return Contradiction.<Contradiction>findByIdOptional(id).map(c -> {
            c.status = status.value();
            c.reviewReason = reason == null ? null : reason.value();
            c.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
            c.reviewedAt = Instant.now();
            return StoredViews.contradiction(c);
        });
    }

    /** Dismissed pairs by reason ("unspecified" when none was given). */
    public java.util.Map<String, Long> dismissedByReason() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select coalesce(c.reviewReason, 'unspecified'), count(c) from Contradiction c"
                + " where c.status = :dismissed group by coalesce(c.reviewReason, 'unspecified')", Object[].class)
                .setParameter("dismissed", ReviewStatus.DISMISSED.value()).getResultList()) {
            out.put((String) row[0], (Long) row[1]);
        }
        return out;
    }

    /** Reviews of pairs the model alone flagged that speak to its scores: confirmed, or dismissed as model-error. */
    public List<TopicCalibrations.TopicReview> modelReviews() {
        return em.createQuery("select c.score, c.status, t.id, t.label from Contradiction c left join c.topic t where c.byModel = true and (c.status = :confirmed"
                        + " or (c.status = :dismissed and c.reviewReason = :error))", Object[].class)
                .setParameter("confirmed", ReviewStatus.CONFIRMED.value())
                .setParameter("dismissed", ReviewStatus.DISMISSED.value())
                .setParameter("error", DismissalReason.MODEL_ERROR.value())
                .getResultList().stream()
                .map(row -> new TopicCalibrations.TopicReview((Long) row[2], (String) row[3],
                        new Calibration.Review((Double) row[0], ReviewStatus.CONFIRMED.value().equals(row[1]))))
                .toList();
    }

    private long newestId() {
        Long max = em.createQuery("select max(c.id) from Contradiction c", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
