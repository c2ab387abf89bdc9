package radar.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.analysis.Analysis;
import radar.analysis.AnalysisGate;
import radar.analysis.AnalyzedStatement;
import radar.analysis.ArticleAnalyzer;
import radar.analysis.ArticleInput;
import radar.analysis.ScoredPair;
import radar.article.Article;
import radar.contradiction.Contradiction;
import radar.nli.NliProbabilities;
import radar.pairing.PooledStatement;
import radar.statement.ExtractedStatement;
import radar.statement.Statement;
import radar.topic.TopicClusters;
import radar.topic.TopicStore;

/** Builds reports: from the store for an article, or in memory for a one-off set of articles. */
@ApplicationScoped
public class ReportService {

    @Inject ArticleAnalyzer analyzer;
    @Inject TopicStore topics;
    @Inject ActorRegistry registry;
    @Inject AnalysisGate gate;

    /** Every flagged pair that involves a statement of the article. */
    @Transactional
    public Optional<Views.ArticleReport> forArticle(long articleId, boolean duplicate) {
        Article article = Article.findById(articleId);
        if (article == null) return Optional.empty();
        List<Statement> statements = Statement.list("article.id = ?1 order by id", articleId);
        List<Contradiction> pairs = Contradiction.list(
                "statementA.article.id = ?1 or statementB.article.id = ?1 order by score desc, id", articleId);
        return Optional.of(new Views.ArticleReport(article.id, duplicate, article.title, article.source, statements.size(),
                statements.stream().map(ReportService::view).toList(),
                pairs.stream().map(ReportService::view).toList()));
    }

    /** Flagged pairs among the given articles only; nothing is stored. */
    public Views.OneOffReport oneOff(List<ArticleInput> articles) {
        return gate.run(() -> compare(articles));
    }

    private Views.OneOffReport compare(List<ArticleInput> articles) {
        TopicClusters topicSpace = topics.empty();
        List<PooledStatement> earlier = new ArrayList<>();
        Map<Long, Placed> byKey = new HashMap<>();
        List<ScoredPair> flagged = new ArrayList<>();
        int scored = 0;
        for (int i = 0; i < articles.size(); i++) {
            Analysis analysis = analyzer.analyze(articles.get(i), -(i + 1), List.copyOf(earlier), topicSpace);
            for (AnalyzedStatement s : analysis.statements()) {
                earlier.add(s.pooled());
                byKey.put(s.pooled().key(), new Placed(s, i));
            }
            scored += analysis.scored().size();
            flagged.addAll(analysis.flagged());
        }
        List<Views.ContradictionView> views = new ArrayList<>();
        for (ScoredPair pair : flagged) {
            Placed a = byKey.get(pair.earlier().key()), b = byKey.get(pair.later().pooled().key());
            views.add(new Views.ContradictionView(null, Views.round(pair.score()), pair.later().topic().label, null,
                    Views.Probabilities.of(pair.verdict().ab()), Views.Probabilities.of(pair.verdict().ba()),
                    side(a.statement(), articles.get(a.article()), a.article()),
                    side(b.statement(), articles.get(b.article()), b.article()), null, null));
        }
        views.sort((x, y) -> Double.compare(y.score(), x.score()));
        return new Views.OneOffReport(articles.size(), byKey.size(), scored, views);
    }

    /** A statement of a one-off report and the position of its article in the request. */
    private record Placed(AnalyzedStatement statement, int article) {}

    private Views.SideView side(AnalyzedStatement s, ArticleInput article, int index) {
        ExtractedStatement e = s.extracted();
        Actor actor = e.actor();
        Views.ActorView actorView = new Views.ActorView(actor.id(), actor.name(), e.actorAsWritten(), actor.kind(), actor.role(),
                registry.side(actor).map(Actor::name).orElse(null));
        return new Views.SideView(null, e.text(), e.sentence().text(), actorView, null, index, article.title(),
                article.source(), article.url(), article.publishedAt());
    }

    static Views.StatementView view(Statement s) {
        return new Views.StatementView(s.id, s.text, s.sentence, actor(s), s.topic.label);
    }

    public static Views.ContradictionView view(Contradiction c) {
        return new Views.ContradictionView(c.id, Views.round(c.score), c.topic.label, c.topic.id,
                Views.Probabilities.of(new NliProbabilities(c.abContradiction, c.abEntailment, c.abNeutral)),
                Views.Probabilities.of(new NliProbabilities(c.baContradiction, c.baEntailment, c.baNeutral)),
                side(c.statementA), side(c.statementB), c.createdAt, new Views.Review(c.status, c.reviewComment, c.reviewedAt));
    }

    private static Views.SideView side(Statement s) {
        Article a = s.article;
        return new Views.SideView(s.id, s.text, s.sentence, actor(s), a.id, null, a.title, a.source, a.url, a.publishedAt);
    }

    private static Views.ActorView actor(Statement s) {
        return new Views.ActorView(s.actor.id, s.actor.name, s.actorAsWritten, s.actor.kind, s.actor.role, s.actor.side);
    }
}
