package radar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import radar.Database;
import radar.pairing.Origin;
import radar.pairing.PooledStatement;
import radar.topic.Vectors;

/**
 * Two replicas insert statements at the same time; the one with the lower id commits last. The
 * index must still pick it up (an id-ordered catch-up alone would skip it for good).
 */
@QuarkusTest
class StatementIndexLateCommitTest {

    @Inject AgroalDataSource dataSource;
    @Inject StatementIndex index;
    @Inject Database database;

    @Test
    void findsAStatementWhoseTransactionCommitsAfterOneWithAHigherId() throws SQLException {
        database.clear();
        long article1, article2, topic;
        try (Connection setup = dataSource.getConnection()) {
            setup.createStatement().executeUpdate("insert into actor (id, name, kind) values ('someone', 'Someone', 'person')");
            topic = insert(setup, "insert into topic (label, centroid, size) values ('test', ?, 2)", Vectors.toBytes(new float[] {1, 0}));
            article1 = insert(setup, "insert into article (content_hash, text, created_at) values ('h1', 'one', current_timestamp)");
            article2 = insert(setup, "insert into article (content_hash, text, created_at) values ('h2', 'two', current_timestamp)");
        }
        index.snapshot(); // the index is up to date before the two replicas start
        try (Connection slow = dataSource.getConnection(); Connection fast = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            fast.setAutoCommit(false);
            long lower = insertStatement(slow, article1, topic, "the plant kept running all week");
            long higher = insertStatement(fast, article2, topic, "production has been halted since Monday");
            assertTrue(lower < higher, "ids are given at insert: " + lower + " < " + higher);

            fast.commit();
            assertEquals(List.of(higher), ids(index.snapshot()), "only the committed row is visible");

            slow.commit();
            assertEquals(List.of(lower, higher), ids(index.snapshot()), "the late row is found, and the pool stays in id order");
            assertEquals(List.of(lower, higher), ids(index.snapshot()), "and is not added twice");
        } finally {
            database.clear();
        }
    }

    private static List<Long> ids(List<PooledStatement> pool) {
        return pool.stream().map(p -> ((Origin.Known) p.origin()).statementId()).toList();
    }

    private static long insertStatement(Connection c, long article, long topic, String text) throws SQLException {
        byte[] vector = Vectors.toBytes(new float[] {1, 0});
        return insert(c, "insert into statement (article_id, sentence_index, sentence, text, actor_id, actor_as_written, topic_id,"
                + " embedding, context_embedding) values (" + article + ", 0, ?, ?, 'someone', 'Someone', " + topic + ", ?, ?)",
                text, text, vector, vector);
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) insert.setObject(i + 1, values[i]);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
