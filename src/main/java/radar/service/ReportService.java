package radar.service;

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
import radar.report.Views;
import radar.store.OverviewQueries;

/** Reports: from the store for an article, in memory for a one-off set of articles; actors and topics. */
@ApplicationScoped
public class ReportService {

    @Inject Pipeline pipeline;
    @Inject ActorRegistry registry;
    @Inject AnalysisGate gate;
    @Inject OverviewQueries queries;

    @Transactional
    public Optional<Views.ArticleReport> forArticle(long articleId, boolean duplicate) {
        return queries.article(articleId, duplicate);
    }

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
