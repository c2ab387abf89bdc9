package radar.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import radar.actor.ActorRef;
import radar.pairing.Origin;
import radar.pairing.PooledStatement;
import radar.statement.Polarity;
import radar.topic.Vectors;

/**
 * Every stored statement with its embeddings, kept in memory for candidate search, oldest id first.
 * It catches up with the database (also with rows other replicas wrote) each time a snapshot is
 * taken: rows above the highest id it knows, and rows below it that committed late. Ids are
 * handed out when a row is inserted, not when its transaction commits, so a replica's statement
 * 41 can become visible after statement 42; reading only "id > highest known" would skip 41 for
 * good. Statements are never deleted, so a count of rows up to the highest known id that exceeds
 * the rows held says that some committed late; only then are their ids looked up.
 */
@ApplicationScoped
public class StatementIndex {

    private static final String SELECT = "select s.id, a.id, s.sentenceIndex, s.actor.id, a.publishedAt, s.embedding, s.contextEmbedding, s.text, s.polarity, s.actor.kind, s.actor.side"
            + " from Statement s join s.article a ";

    @Inject EntityManager em;

    private final List<PooledStatement> entries = new ArrayList<>();
    private final Set<Long> known = new HashSet<>();
    private long highestId;

    @Transactional
    public synchronized List<PooledStatement> snapshot() {
        boolean lateRows = highestId > 0 && em.createQuery("select count(s) from Statement s where s.id <= :highest", Long.class)
                .setParameter("highest", highestId).getSingleResult() > known.size();
        if (lateRows) {
            List<Long> late = em.createQuery("select s.id from Statement s where s.id <= :highest", Long.class)
                    .setParameter("highest", highestId).getResultStream().filter(id -> !known.contains(id)).toList();
            add(em.createQuery(SELECT + "where s.id in :ids order by s.id", Object[].class).setParameter("ids", late).getResultList());
            // Keep the pool in id order, as if the late rows had come in time.
            entries.sort(java.util.Comparator.comparingLong(e -> ((Origin.Known) e.origin()).statementId()));
        }
        add(em.createQuery(SELECT + "where s.id > :highest order by s.id", Object[].class).setParameter("highest", highestId).getResultList());
        return List.copyOf(entries);
    }

    private void add(List<Object[]> rows) {
        for (Object[] r : rows) {
            long id = (Long) r[0];
            if (!known.add(id)) continue;
            entries.add(PooledStatement.of(new Origin.Known(id, (Long) r[1]), (Integer) r[2], new ActorRef((String) r[3], (String) r[9], (String) r[10]),
                    Polarity.valueOf(((String) r[8]).toUpperCase(java.util.Locale.ROOT)), (Instant) r[4],
                    Vectors.fromBytes((byte[]) r[5]), Vectors.fromBytes((byte[]) r[6]), (String) r[7]));
            highestId = Math.max(highestId, id);
        }
    }

    /** Forgets everything; the next snapshot reads the store again (tests that empty the database). */
    public synchronized void clear() {
        entries.clear();
        known.clear();
        highestId = 0;
    }
}
