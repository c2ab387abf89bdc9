package radar.report;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of {@code /batches}. */
public final class BatchViews {

    private BatchViews() {}

    /**
     * One posted article: queued, running, done or failed; {@code articleId} once stored (or, for a
     * duplicate, the article it repeats); {@code error} says why it failed.
     */
    public record ItemView(int index, String status, Long articleId, boolean duplicate, String error) {}

    /**
     * A batch. {@code status}: queued (no article started), running, done (every article done or
     * failed), failed (every article failed). {@code done} counts duplicates too.
     */
    public record BatchView(long id, String status, int total, int done, int failed, int duplicates, Instant createdAt,
                            Instant finishedAt, List<ItemView> articles) {}

    /** The queue across all replicas: articles waiting, being analysed, and how long the oldest has waited. */
    public record QueueState(long queued, long running, Long oldestQueuedSeconds) {}

    /** {@code GET /batches}: the queue and the latest batches (without their articles). */
    public record BatchList(QueueState queue, List<BatchView> batches) {}
}
