package radar.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import radar.RadarConfig;
import radar.analysis.Analysis;
import radar.analysis.AnalysisBusyException;
import radar.analysis.AnalysisGate;
import radar.analysis.ArticleInput;
import radar.analysis.Pipeline;
import radar.store.ArticleStore;
import radar.store.ContentHash;

/** Ingests an article once: analyses it against the store and saves it, or finds its earlier copy. */
@ApplicationScoped
public class IngestService {

    /** The id of the stored article and whether it was there before this request. */
    public record Ingested(long articleId, boolean duplicate) {}

    private static final int MAX_ATTEMPTS = 3;

    @Inject Pipeline pipeline;
    @Inject ArticleStore store;
    @Inject MeterRegistry metrics;
    @Inject AnalysisGate gate;
    @Inject RadarConfig config;

    /**
     * One article at a time per instance: each analysis must see the statements of the one
     * before, or pairs between articles posted together would be missed. NLI is the bottleneck
     * anyway, so little is lost. Waiting for it is bounded like waiting for the gate.
     */
    private final ReentrantLock ingestion = new ReentrantLock(true);

    public Ingested ingest(ArticleInput input) {
        return gate.run(() -> ingestNow(input));
    }

    private Ingested ingestNow(ArticleInput input) {
        String hash = ContentHash.of(input.text());
        lockIngestion();
        try {
            Optional<Long> existing = store.findDuplicate(input.url(), hash);
            if (existing.isPresent()) return new Ingested(existing.get(), true);
            Analysis analysis = pipeline.analyze(input, store.memory());
            for (int attempt = 1; ; attempt++) {
                try {
                    Ingested ingested = new Ingested(store.save(hash, analysis), false);
                    count(analysis);
                    return ingested;
                } catch (RuntimeException e) {
                    // Another replica stored the same article meanwhile: the unique constraints said no.
                    Optional<Long> stored = store.findDuplicate(input.url(), hash);
                    if (stored.isPresent()) {
                        Log.infof("Article %d was stored by another replica meanwhile; answering with it", stored.get());
                        return new Ingested(stored.get(), true);
                    }
                    // Or it created the same new actor at the same moment: the row exists now, try again.
                    if (attempt >= MAX_ATTEMPTS || !isConstraintViolation(e)) throw e;
                    Log.infof("Retrying to store article (attempt %d): %s", attempt + 1, e.getMessage());
                }
            }
        } finally {
            ingestion.unlock();
        }
    }

    private void lockIngestion() {
        boolean locked;
        try {
            locked = ingestion.tryLock(config.analysis().maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) throw new AnalysisBusyException("Other articles are being stored; retry in a few seconds", 10);
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
