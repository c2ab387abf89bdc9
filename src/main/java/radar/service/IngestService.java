package radar.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import radar.RadarConfig;
import radar.analysis.Analysis;
import radar.analysis.AnalysisBusyException;
import radar.analysis.AnalysisGate;
import radar.analysis.ArticleInput;
import radar.analysis.ArticleTooLargeException;
import radar.analysis.Pipeline;
import radar.store.AnalysisLock;
import radar.store.ArticleStore;
import radar.store.BatchItem;
import radar.store.BatchQueue;
import radar.store.ContentHash;
import radar.store.DatabaseErrors;

/**
 * Ingests an article once: analyses it against the store and saves it, or finds its earlier copy.
 * Articles come one by one ({@code POST /articles}) or from the batch queue; both wait for the same
 * NLI gate and the same cluster-wide {@link AnalysisLock}, so each analysis sees every statement
 * stored before it, on any replica.
 */
@ApplicationScoped
public class IngestService {

    /** The id of the stored article and whether it was there before this request. */
    public record Ingested(long articleId, boolean duplicate) {}

    private static final int MAX_ATTEMPTS = 3;

    @Inject Pipeline pipeline;
    @Inject ArticleStore store;
    @Inject BatchQueue queue;
    @Inject MeterRegistry metrics;
    @Inject AnalysisGate gate;
    @Inject AnalysisLock lock;
    @Inject RadarConfig config;

    public Ingested ingest(ArticleInput input) {
        return gate.run(() -> lock.callExclusive(config.analysis().maxWait(), () -> ingestNow(input, null))
                .orElseThrow(() -> new AnalysisBusyException("Other articles are being analysed; retry in a few seconds", 10)));
    }

    /**
     * Claims the next queued batch article and ingests it, recording the outcome in its row (in the
     * transaction that stores the article). False when the queue had nothing to claim. An article
     * that cannot be analysed fails its row; a database that went away leaves the row to its lease.
     */
    public boolean ingestNextQueued(String worker) {
        return gate.run(() -> lock.callExclusive(config.analysis().maxWait(), () -> {
            Optional<BatchItem> claimed = queue.claimNext(worker);
            if (claimed.isEmpty()) return false;
            BatchItem item = claimed.get();
            try {
                ingestNow(item.input(), item.id);
            } catch (ArticleTooLargeException e) {
                queue.fail(item.id, e.getMessage());
            } catch (RuntimeException e) {
                if (DatabaseErrors.unavailable(e)) throw e;
                Log.errorf(e, "Article %d of batch %d could not be analysed", item.index, item.batch.id);
                queue.fail(item.id, "the analysis failed (" + e.getClass().getSimpleName() + "); see the service log");
            }
            return true;
        }).orElse(false));
    }

    /** With the lock held. {@code itemId}: the batch row this article came from, finished in the same transaction. */
    private Ingested ingestNow(ArticleInput input, Long itemId) {
        String hash = ContentHash.of(input.text());
        Optional<Long> existing = store.findDuplicate(input.url(), hash);
        if (existing.isPresent()) return stored(existing.get(), true, itemId);
        Analysis analysis = pipeline.analyze(input, store.memory());
        for (int attempt = 1; ; attempt++) {
            try {
                long id = QuarkusTransaction.requiringNew().call(() -> {
                    long saved = store.save(hash, analysis);
                    if (itemId != null) queue.finish(itemId, saved, false);
                    return saved;
                });
                count(analysis);
                return new Ingested(id, false);
            } catch (RuntimeException e) {
                // Only without the lock (a replica of an older version, or a lock connection lost mid-analysis) can another
                // replica store the same article meanwhile: the unique constraints said no.
                Optional<Long> stored = store.findDuplicate(input.url(), hash);
                if (stored.isPresent()) {
                    Log.infof("Article %d was stored by another replica meanwhile; answering with it", stored.get());
                    return stored(stored.get(), true, itemId);
                }
                // Or it created the same new actor at the same moment: the row exists now, try again.
                if (attempt >= MAX_ATTEMPTS || !isConstraintViolation(e)) throw e;
                Log.infof("Retrying to store article (attempt %d): %s", attempt + 1, e.getMessage());
            }
        }
    }

    private Ingested stored(long articleId, boolean duplicate, Long itemId) {
        if (itemId != null) queue.finish(itemId, articleId, duplicate);
        return new Ingested(articleId, duplicate);
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) return true;
        }
        return false;
    }

    private void count(Analysis analysis) {
        metrics.counter("radar.articles.ingested").increment();
        metrics.counter("radar.statements").increment(analysis.claims().size());
        int flagged = analysis.flagged().size();
        metrics.counter("radar.pairs.scored", "outcome", "flagged").increment(flagged);
        metrics.counter("radar.pairs.scored", "outcome", "not_flagged").increment(analysis.scored().size() - flagged);
    }
}
