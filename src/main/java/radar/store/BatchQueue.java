package radar.store;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import radar.RadarConfig;
import radar.analysis.ArticleInput;
import radar.report.BatchViews;
import radar.store.BatchItem.Status;

/**
 * The durable queue of batch articles, in the database so that every replica works it and none
 * loses it: {@link #enqueue} writes a batch, {@link #claimNext} hands its rows to workers one by
 * one, {@link #finish} and {@link #fail} record what became of them.
 */
@ApplicationScoped
public class BatchQueue {

    private static final String PENDING = "status in ('queued', 'running')";

    @Inject RadarConfig config;

    /**
     * Writes the articles as one batch. One already stored, or waiting in the queue (this batch or
     * an earlier one), is not queued again: its row is done at once and marked a duplicate.
     */
    @Transactional
    public BatchViews.BatchView enqueue(List<ArticleInput> articles) {
        Instant now = Instant.now();
        Batch batch = new Batch();
        batch.total = articles.size();
        batch.createdAt = now;
        batch.persist();
        Map<String, BatchItem> queuedHere = new HashMap<>();
        boolean anyQueued = false;
        for (int i = 0; i < articles.size(); i++) {
            ArticleInput input = articles.get(i);
            BatchItem item = item(batch, i, input, now);
            Optional<Article> stored = Article.findDuplicate(input.url(), item.contentHash);
            Optional<BatchItem> waiting = stored.isPresent() ? Optional.empty() : pendingCopy(item, queuedHere);
            if (stored.isPresent()) {
                markDuplicate(item, stored.get().id, now);
            } else if (waiting.isPresent()) {
                // Waits, unclaimed, for its first copy: done with that one's article, or failed with it.
                item.duplicate = true;
                item.duplicateOf = waiting.get().id;
                item.text = null;
                anyQueued = true;
            } else {
                anyQueued = true;
            }
            item.persist();
            if (item.is(Status.QUEUED) && item.duplicateOf == null) {
                queuedHere.put(item.contentHash, item);
                if (item.url != null) queuedHere.put(item.url, item);
            }
        }
        if (!anyQueued) batch.finishedAt = now;
        return view(batch);
    }

    private static BatchItem item(Batch batch, int index, ArticleInput input, Instant now) {
        BatchItem item = new BatchItem();
        item.batch = batch;
        item.index = index;
        item.status = Status.QUEUED.value();
        item.title = input.title();
        item.source = input.source();
        item.url = input.url();
        item.publishedAt = input.publishedAt();
        item.text = input.text();
        item.contentHash = ContentHash.of(input.text());
        item.queuedAt = now;
        return item;
    }

    private static void markDuplicate(BatchItem item, long articleId, Instant now) {
        markDone(item, articleId, true, now);
    }

    /** Done: its article is stored (the article keeps the text); a copy waiting for it no longer waits. */
    private static void markDone(BatchItem item, long articleId, boolean duplicate, Instant now) {
        item.status = Status.DONE.value();
        item.duplicate = duplicate;
        item.articleId = articleId;
        item.duplicateOf = null;
        item.text = null;
        item.leaseUntil = null;
        item.finishedAt = now;
    }

    /** The same article (same url or same text) waiting in this batch or in the queue. */
    private static Optional<BatchItem> pendingCopy(BatchItem item, Map<String, BatchItem> queuedHere) {
        BatchItem here = queuedHere.getOrDefault(item.contentHash, item.url == null ? null : queuedHere.get(item.url));
        if (here != null) return Optional.of(here);
        String pendingOriginal = PENDING + " and duplicateOf is null";
        return item.url == null
                ? BatchItem.<BatchItem>find(pendingOriginal + " and contentHash = ?1 order by id", item.contentHash).firstResultOptional()
                : BatchItem.<BatchItem>find(pendingOriginal + " and (contentHash = ?1 or url = ?2) order by id", item.contentHash, item.url)
                        .firstResultOptional();
    }

    /** Whether a worker would find something to claim: a queued row, or a running one whose lease ran out. */
    @Transactional
    public boolean hasWork() {
        return BatchItem.count("duplicateOf is null and (status = 'queued' or (status = 'running' and leaseUntil < ?1))", Instant.now()) > 0;
    }

    /**
     * Claims the first claimable row for {@code worker} until its lease runs out. The row is locked
     * with FOR UPDATE SKIP LOCKED, so two workers never claim one row. A row claimed
     * {@code radar.batches.max-attempts} times already (each time its replica died working it) fails instead.
     */
    @Transactional
    public Optional<BatchItem> claimNext(String worker) {
        while (true) {
            Instant now = Instant.now();
            List<?> ids = Panache.getEntityManager().createNativeQuery("select id from batch_item"
                            + " where duplicate_of is null and (status = 'queued' or (status = 'running' and lease_until < ?1))"
                            + " order by id fetch first 1 rows only for update skip locked")
                    .setParameter(1, now).getResultList();
            if (ids.isEmpty()) return Optional.empty();
            BatchItem item = BatchItem.findById(((Number) ids.get(0)).longValue());
            if (item.attempts >= config.batches().maxAttempts()) {
                failNow(item, "abandoned after " + item.attempts + " attempts: the replica analysing it stopped each time", now);
                continue;
            }
            if (item.is(Status.RUNNING)) {
                Log.warnf("Article %d of batch %d was left running by %s (lease ran out); %s takes it over",
                        item.index, item.batch.id, item.worker, worker);
            }
            item.status = Status.RUNNING.value();
            item.attempts++;
            item.worker = worker;
            item.leaseUntil = now.plus(config.batches().lease());
            return Optional.of(item);
        }
    }

    /** The row's article is stored (or was already): joins the transaction that stores it. */
    @Transactional
    public void finish(long itemId, long articleId, boolean duplicate) {
        BatchItem item = BatchItem.findById(itemId);
        Instant now = Instant.now();
        markDone(item, articleId, duplicate, now);
        finishBatchIfLast(item.batch, now);
        for (BatchItem copy : BatchItem.<BatchItem>list("duplicateOf", itemId)) {
            markDuplicate(copy, articleId, now);
            finishBatchIfLast(copy.batch, now);
        }
    }

    /** The row's article could not be analysed: why, in words for the client (no stack trace). */
    @Transactional
    public void fail(long itemId, String error) {
        failNow(BatchItem.findById(itemId), error, Instant.now());
    }

    private void failNow(BatchItem item, String error, Instant now) {
        item.status = Status.FAILED.value();
        item.error = abbreviate(error);
        item.leaseUntil = null;
        item.finishedAt = now;
        Log.warnf("Article %d of batch %d failed: %s", item.index, item.batch.id, item.error);
        finishBatchIfLast(item.batch, now);
        for (BatchItem copy : BatchItem.<BatchItem>list("duplicateOf", item.id)) {
            copy.status = Status.FAILED.value();
            copy.duplicateOf = null;
            copy.error = abbreviate("the same article, queued earlier, failed: " + item.error);
            copy.finishedAt = now;
            finishBatchIfLast(copy.batch, now);
        }
    }

    private static void finishBatchIfLast(Batch batch, Instant now) {
        if (batch.finishedAt != null || BatchItem.count("batch = ?1 and " + PENDING, batch) > 0) return;
        batch.finishedAt = now;
        Counts counts = Counts.of(batch);
        long flagged = Contradiction.count("statementA.article.id in (select i.articleId from BatchItem i where i.batch = ?1)"
                + " or statementB.article.id in (select i.articleId from BatchItem i where i.batch = ?1)", batch);
        Log.infof("Batch %d finished in %d s: %d articles, %d analysed, %d duplicates, %d failed, %d flagged pairs involve them",
                batch.id, Duration.between(batch.createdAt, now).toSeconds(), batch.total, counts.done - counts.duplicates,
                counts.duplicates, counts.failed, flagged);
    }

    @Transactional
    public Optional<BatchViews.BatchView> find(long id) {
        Batch batch = Batch.findById(id);
        return batch == null ? Optional.empty() : Optional.of(view(batch));
    }

    /** The queue and the newest batches, for the dashboard. */
    @Transactional
    public BatchViews.BatchList recent(int limit) {
        List<BatchViews.BatchView> batches = new ArrayList<>();
        for (Batch b : Batch.<Batch>find("order by id desc").page(0, limit).list()) batches.add(summary(b));
        return new BatchViews.BatchList(state(), batches);
    }

    @Transactional
    public BatchViews.QueueState state() {
        long queued = BatchItem.count("status", Status.QUEUED.value());
        long running = BatchItem.count("status", Status.RUNNING.value());
        Instant oldest = queued == 0 ? null
                : BatchItem.<BatchItem>find("status = ?1 order by id", Status.QUEUED.value()).firstResult().queuedAt;
        return new BatchViews.QueueState(queued, running, oldest == null ? null : Duration.between(oldest, Instant.now()).toSeconds());
    }

    /** The batch with its articles; read as columns, not entities, so queued texts stay in the database. */
    private static BatchViews.BatchView view(Batch batch) {
        List<BatchViews.ItemView> items = Panache.getEntityManager().createQuery(
                        "select new radar.report.BatchViews$ItemView(i.index, i.status, i.articleId, i.duplicate, i.error)"
                                + " from BatchItem i where i.batch = ?1 order by i.index", BatchViews.ItemView.class)
                .setParameter(1, batch).getResultList();
        Counts counts = new Counts();
        for (BatchViews.ItemView i : items) counts.add(i.status(), i.duplicate(), 1);
        return counts.view(batch, items);
    }

    private static BatchViews.BatchView summary(Batch batch) {
        return Counts.of(batch).view(batch, null);
    }

    /** How many of a batch's rows are in each state. */
    private static final class Counts {
        long queued, done, failed, duplicates;

        static Counts of(Batch batch) {
            Counts counts = new Counts();
            List<Object[]> rows = Panache.getEntityManager().createQuery(
                            "select i.status, i.duplicate, count(i) from BatchItem i where i.batch = ?1 group by i.status, i.duplicate", Object[].class)
                    .setParameter(1, batch).getResultList();
            for (Object[] row : rows) counts.add((String) row[0], (Boolean) row[1], ((Number) row[2]).longValue());
            return counts;
        }

        void add(String status, boolean duplicate, long n) {
            if (Status.QUEUED.value().equals(status)) queued += n;
            if (Status.DONE.value().equals(status)) done += n;
            if (Status.FAILED.value().equals(status)) failed += n;
            if (duplicate) duplicates += n;
        }

        BatchViews.BatchView view(Batch batch, List<BatchViews.ItemView> items) {
            String status = batch.finishedAt != null ? (failed == batch.total ? "failed" : "done") : queued == batch.total ? "queued" : "running";
            return new BatchViews.BatchView(batch.id, status, batch.total, (int) done, (int) failed, (int) duplicates, batch.createdAt,
                    batch.finishedAt, items);
        }
    }

    private static String abbreviate(String s) {
        String text = s == null ? "unknown error" : s;
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
