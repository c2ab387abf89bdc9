package radar.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import radar.report.Views;

/** Read-only views over the store: an article's report, actors and topics with their counts. In the caller's transaction. */
@ApplicationScoped
public class OverviewQueries {

    @Inject EntityManager em;

    /** Every flagged pair that involves a statement of the article. */
    public Optional<Views.ArticleReport> article(long articleId, boolean duplicate) {
        Article article = Article.findById(articleId);
        if (article == null) return Optional.empty();
        List<Statement> statements = Statement.list("article.id = ?1 order by id", articleId);
        List<Contradiction> pairs = Contradiction.list(
                "statementA.article.id = ?1 or statementB.article.id = ?1 order by score desc, id", articleId);
        return Optional.of(new Views.ArticleReport(article.id, duplicate, article.title, article.source, statements.size(),
                statements.stream().map(StoredViews::statement).toList(),
                pairs.stream().map(StoredViews::contradiction).toList()));
    }

    /** Every actor that asserts a stored statement, the most quoted first. */
    public List<Views.ActorCount> actors() {
        return em.createQuery("""
                        select new radar.report.Views$ActorCount(a.id, a.name, a.kind, a.role, a.side, count(s),
                            (select count(c) from Contradiction c where c.statementA.actor = a or c.statementB.actor = a))
                        from ActorEntity a join Statement s on s.actor = a
                        group by a.id, a.name, a.kind, a.role, a.side
                        order by count(s) desc, a.name""", Views.ActorCount.class)
                .getResultList();
    }

    /** Topics, the most contested first. */
    public List<Views.TopicCount> topics() {
        return em.createQuery("""
                        select new radar.report.Views$TopicCount(t.id, t.label, t.size,
                            (select count(c) from Contradiction c where c.topic = t))
                        from Topic t
                        order by (select count(c) from Contradiction c where c.topic = t) desc, t.size desc, t.id""", Views.TopicCount.class)
                .getResultList();
    }
}
