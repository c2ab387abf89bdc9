package radar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import radar.report.PairFilter;
import radar.report.ReviewStatus;
import radar.report.Views;
import radar.store.ContradictionRepository;

/** Flagged pairs for the polling API, and analysts' reviews of them. */
@ApplicationScoped
public class ReviewService {

    @Inject ContradictionRepository pairs;

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
    public Optional<Views.ContradictionView> review(long id, ReviewStatus status, String comment) {
        return pairs.review(id, status, comment);
    }
}
