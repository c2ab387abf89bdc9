package radar.article;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import radar.analysis.Analysis;
import radar.analysis.AnalysisGate;
import radar.analysis.ArticleAnalyzer;
import radar.analysis.ArticleInput;
import radar.pairing.StatementIndex;
import radar.topic.TopicClusters;
import radar.topic.TopicStore;

/** Ingests an article once: analyses it against the store and saves it, or finds its earlier copy. */
@ApplicationScoped
public class ArticleService {

    /** The id of the stored article and whether it was there before this request. */
    public record Ingested(long articleId, boolean duplicate) {}

    @Inject ArticleAnalyzer analyzer;
    @Inject ArticleStore store;
    @Inject StatementIndex index;
    @Inject TopicStore topics;
    @Inject MeterRegistry metrics;
    @Inject AnalysisGate gate;

    /**
     * One article at a time per instance: each analysis must see the statements of the one
     * before, or pairs between articles posted together would be missed. NLI is the bottleneck
     * anyway, so little is lost.
     */
    private final ReentrantLock ingestion = new ReentrantLock(true);

    private static final int MAX_ATTEMPTS = 3;

    public Ingested ingest(ArticleInput input) {
        return gate.run(() -> ingestNow(input));
    }

    private Ingested ingestNow(ArticleInput input) {
        String hash = ArticleInputs.contentHash(input.text());
        ingestion.lock();
        try {
            Optional<Long> existing = findDuplicate(input.url(), hash);
            if (existing.isPresent()) return new Ingested(existing.get(), true);
            TopicClusters topicSpace = topics.snapshot();
            Analysis analysis = analyzer.analyze(input, ArticleAnalyzer.temporaryKey(), index.snapshot(), topicSpace);
            for (int attempt = 1; ; attempt++) {
                try {
                    Ingested ingested = new Ingested(store.save(hash, analysis, topicSpace).id, false);
                    count(analysis);
                    return ingested;
                } catch (RuntimeException e) {
                    // Another replica stored the same article meanwhile: the unique constraints said no.
                    Optional<Long> stored = findDuplicate(input.url(), hash);
                    if (stored.isPresent()) return new Ingested(stored.get(), true);
                    // Or it created the same new actor at the same moment: the row exists now, try again.
                    if (attempt >= MAX_ATTEMPTS || !isConstraintViolation(e)) throw e;
                    Log.infof("Retrying to store article (attempt %d): %s", attempt + 1, e.getMessage());
                }
            }
        } finally {
            ingestion.unlock();
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) return true;
        }
        return false;
    }

    private void count(Analysis analysis) {
        metrics.counter("radar.articles.ingested").increment();
        metrics.counter("radar.statements").increment(analysis.statements().size());
        int flagged = analysis.flagged().size();
        metrics.counter("radar.pairs.scored", "outcome", "flagged").increment(flagged);
        metrics.counter("radar.pairs.scored", "outcome", "not_flagged").increment(analysis.scored().size() - flagged);
    }

    @Transactional
    Optional<Long> findDuplicate(String url, String hash) {
        return Article.findDuplicate(url, hash).map(a -> a.id);
    }
}
