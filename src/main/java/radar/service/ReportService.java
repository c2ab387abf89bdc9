package radar.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import radar.actor.ActorRegistry;
import radar.analysis.AnalysisGate;
import radar.analysis.ArticleInput;
import radar.analysis.ArticleRun;
import radar.analysis.Pipeline;
import radar.report.RunReport;
import radar.RadarConfig;
import radar.report.Views;
import radar.store.DatabaseErrors;
import radar.store.OverviewQueries;

/** Reports: from the store for an article, in memory for a one-off set of articles; actors and topics. */
@ApplicationScoped
public class ReportService {

    @Inject Pipeline pipeline;
    @Inject ActorRegistry registry;
    @Inject AnalysisGate gate;
    @Inject OverviewQueries queries;
    @Inject RadarConfig config;

    @Transactional
    public Optional<Views.ArticleReport> forArticle(long articleId, boolean duplicate) {
        return queries.article(articleId, duplicate);
    }

    /**
     * The report of an article just stored. The database may go away between the commit and this
     * read: the article is stored then, so the answer waits for the database (up to
     * {@code radar.analysis.max-wait}) rather than say that nothing was.
     */
    public Views.ArticleReport afterStore(long articleId, boolean duplicate) {
        long deadline = System.nanoTime() + config.analysis().maxWait().toNanos();
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> queries.article(articleId, duplicate)).orElseThrow();
            } catch (RuntimeException e) {
                if (!DatabaseErrors.unavailable(e) || System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(READ_BACK_PAUSE_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static final long READ_BACK_PAUSE_MS = 500;

    /** Who says what in one article; nothing stored, nothing scored (no NLI, so no queue either). */
    public Views.Statements statements(ArticleInput article) {
        return RunReport.statements(pipeline.extract(article), registry);
    }

    /** Flagged pairs among the given articles only; nothing is stored. */
    public Views.OneOffReport oneOff(List<ArticleInput> articles) {
        return gate.run(() -> {
            ArticleRun run = new ArticleRun(pipeline);
            articles.forEach(run::add);
            return RunReport.of(run, registry);
        });
    }

    @Transactional
    public List<Views.ActorCount> actors() {
        return queries.actors();
    }

    @Transactional
    public List<Views.TopicCount> topics() {
        return queries.topics();
    }
}
