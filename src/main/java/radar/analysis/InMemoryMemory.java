package radar.analysis;

import java.util.ArrayList;
import java.util.List;
import radar.pairing.Origin;
import radar.pairing.PooledStatement;
import radar.topic.KnownTopic;
import radar.topic.TopicAssigner;

/**
 * A memory that lives for one run (one report request, one evaluation): each analysis is filed
 * after it is made, its claims numbered 1, 2, 3 … in the order a database would number them,
 * so a run gives the same pairs as posting the same articles to an empty store.
 */
public final class InMemoryMemory implements Memory {

    /** A filed claim: the id it was given, the position of its article in the run, the claim. */
    public record Filed(long id, int article, AnalyzedClaim claim) {}

    private final List<PooledStatement> statements = new ArrayList<>();
    private final List<KnownTopic> topics = new ArrayList<>();
    private final List<Filed> filed = new ArrayList<>();
    private int articles;

    @Override
    public List<PooledStatement> statements() {
        return List.copyOf(statements);
    }

    @Override
    public List<KnownTopic> topics() {
        return List.copyOf(topics);
    }

    /** Files the analysis of the next article of the run; returns its claims as filed. */
    public List<Filed> remember(Analysis analysis) {
        int article = articles++;
        for (TopicAssigner.OpenedTopic t : analysis.openedTopics()) {
            topics.add(new KnownTopic(topics.size() + 1, t.centroid(), t.label()));
        }
        List<Filed> out = new ArrayList<>();
        for (AnalyzedClaim claim : analysis.claims()) {
            Filed f = new Filed(filed.size() + 1, article, claim);
            filed.add(f);
            out.add(f);
            statements.add(claim.pooled().withOrigin(new Origin.Known(f.id(), article)));
        }
        return out;
    }

    /** The filed claim a pair side points to; {@code current} is its own article's claims as filed. */
    public Filed resolve(Origin origin, List<Filed> current) {
        if (origin instanceof Origin.Known known) return filed.get((int) known.statementId() - 1);
        return current.get(((Origin.Current) origin).ordinal());
    }
}
