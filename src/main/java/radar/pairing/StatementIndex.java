package radar.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import radar.topic.Vectors;

/**
 * Every stored statement with its embedding, kept in memory for candidate search. It catches up
 * with the database (rows with a higher id, also those written by other replicas) each time a
 * snapshot is taken, so it never needs a full reload.
 */
@ApplicationScoped
public class StatementIndex {

    @Inject
    EntityManager em;

    private final List<PooledStatement> entries = new ArrayList<>();
    private long highestId;

    @Transactional
    public synchronized List<PooledStatement> snapshot() {
        List<Object[]> rows = em.createQuery(
                        "select s.id, a.id, s.sentenceIndex, s.actor.id, a.publishedAt, s.embedding, s.contextEmbedding, s.text"
                                + " from Statement s join s.article a where s.id > :highest order by s.id", Object[].class)
                .setParameter("highest", highestId)
                .getResultList();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            entries.add(PooledStatement.of(id, (Long) r[1], (Integer) r[2], (String) r[3], (Instant) r[4],
                    Vectors.fromBytes((byte[]) r[5]), Vectors.fromBytes((byte[]) r[6]), (String) r[7]));
            highestId = Math.max(highestId, id);
        }
        return List.copyOf(entries);
    }

    /** Forgets everything; the next snapshot reads the store again (tests that empty the database). */
    public synchronized void clear() {
        entries.clear();
        highestId = 0;
    }
}
