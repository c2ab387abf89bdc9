package radar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import radar.store.StatementIndex;

/** Test helper: empties the store so a test starts from nothing, and counts rows. */
@ApplicationScoped
public class Database {

    @Inject EntityManager em;
    @Inject StatementIndex index;

    @Transactional
    public void clear() {
        for (String table : new String[] {"batch_item", "batch", "contradiction", "statement", "topic", "actor", "article"}) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        index.clear();
    }

    /** The text stored for an article, as the database holds it. */
    @Transactional
    public String articleText(long id) {
        return (String) em.createNativeQuery("select text from article where id = ?1").setParameter(1, id).getSingleResult();
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
