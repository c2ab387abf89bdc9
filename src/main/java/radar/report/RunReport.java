package radar.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.analysis.ArticleInput;
import radar.analysis.ArticleRun;
import radar.analysis.InMemoryMemory;
import radar.analysis.Pipeline;
import radar.analysis.ScoredPair;
import radar.statement.Claim;

/** The report of an {@link ArticleRun}: its flagged pairs as views, highest score first. */
public final class RunReport {

    private RunReport() {}

    public static Views.OneOffReport of(ArticleRun run, ActorRegistry registry) {
        List<Views.ContradictionView> views = new ArrayList<>();
        int statements = 0, scored = 0;
        for (ArticleRun.Step step : run.steps()) {
            statements += step.filed().size();
            scored += step.analysis().scored().size();
            for (ScoredPair pair : step.analysis().flagged()) views.add(view(run, step, pair, registry));
        }
        views.sort(Comparator.comparingDouble(Views.ContradictionView::score).reversed());
        return new Views.OneOffReport(run.steps().size(), statements, scored, views);
    }

    /** One flagged pair of a run, as the service shows flagged pairs. */
    public static Views.ContradictionView view(ArticleRun run, ArticleRun.Step step, ScoredPair pair, ActorRegistry registry) {
        InMemoryMemory.Filed a = run.earlier(pair, step), b = run.later(pair, step);
        return new Views.ContradictionView(null, pair.kind().value(), pair.why(), Views.round(pair.score()), pair.later().topic().label(), null,
                Views.Probabilities.of(pair.verdict().ab()), Views.Probabilities.of(pair.verdict().ba()),
                side(a, run.steps().get(a.article()).analysis().article(), registry),
                side(b, step.analysis().article(), registry), null, null);
    }

    /** The statements of one article, as {@code POST /statements} answers. */
    public static Views.Statements statements(Pipeline.Extraction extraction, ActorRegistry registry) {
        List<Views.ExtractedStatement> out = extraction.claims().stream().map(c -> new Views.ExtractedStatement(c.text(), polarity(c),
                actor(c, registry), c.sentence().text(), c.sentence().index(), c.sentence().start(), c.sentence().end())).toList();
        return new Views.Statements(extraction.sentences().size(), out.size(), out);
    }

    private static Views.ActorView actor(Claim c, ActorRegistry registry) {
        Actor actor = c.actor();
        return new Views.ActorView(actor.id(), actor.name(), c.actorAsWritten(), actor.kind(), actor.role(),
                registry.side(actor).map(Actor::name).orElse(null));
    }

    private static String polarity(Claim c) {
        return c.polarity().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Views.SideView side(InMemoryMemory.Filed filed, ArticleInput article, ActorRegistry registry) {
        Claim c = filed.claim().claim();
        Views.ActorView actorView = actor(c, registry);
        return new Views.SideView(null, c.text(), polarity(c), c.sentence().text(), actorView, null, filed.article(), article.title(),
                article.source(), article.url(), article.publishedAt());
    }
}
