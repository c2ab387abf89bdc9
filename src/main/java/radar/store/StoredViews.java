package radar.store;

import radar.nli.NliProbabilities;
import radar.report.Views;

/** Stored rows as the report's views. */
final class StoredViews {

    private StoredViews() {}

    static Views.StatementView statement(Statement s) {
        return new Views.StatementView(s.id, s.text, s.polarity, s.sentence, actor(s), s.topic.label);
    }

    static Views.ContradictionView contradiction(Contradiction c) {
        return new Views.ContradictionView(c.id, c.kind, c.why, Views.round(c.score), c.topic.label, c.topic.id,
                Views.Probabilities.of(new NliProbabilities(c.abContradiction, c.abEntailment, c.abNeutral)),
                Views.Probabilities.of(new NliProbabilities(c.baContradiction, c.baEntailment, c.baNeutral)),
                side(c.statementA), side(c.statementB), c.createdAt, new Views.Review(c.status, c.reviewComment, c.reviewReason, c.reviewedAt));
    }

    private static Views.SideView side(Statement s) {
        Article a = s.article;
        return new Views.SideView(s.id, s.text, s.polarity, s.sentence, actor(s), a.id, null, a.title, a.source, a.url, a.publishedAt);
    }

    private static Views.ActorView actor(Statement s) {
        return new Views.ActorView(s.actor.id, s.actor.name, s.actorAsWritten, s.actor.kind, s.actor.role, s.actor.side);
    }
}
