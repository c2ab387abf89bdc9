package radar.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One analysis at a time across every replica on the database. Each analysis compares a new
 * article with every statement stored before it; two analysed at the same moment on two replicas
 * would never be compared with each other. So an analysis and its save run while this replica holds
 * the one row of {@code analysis_lock} (SELECT ... FOR UPDATE, on a connection of its own that is
 * rolled back afterwards). A replica that dies loses its connection, and the database releases the
 * row at once. Within a replica a fair lock queues the threads first, so only one of them polls.
 */
@ApplicationScoped
public class AnalysisLock {

    /** How often a waiting replica asks for the row again. */
    private static final long POLL_MILLIS = 20;

    @Inject AgroalDataSource dataSource;

    private final ReentrantLock local = new ReentrantLock(true);

    /** Runs {@code work} holding the lock; empty when the lock could not be had within {@code maxWait}. */
    public <T> Optional<T> callExclusive(Duration maxWait, Supplier<T> work) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        try {
            if (!local.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS)) return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                while (!takeRow(connection)) {
                    if (System.nanoTime() > deadline) return Optional.empty();
                    Thread.sleep(POLL_MILLIS);
                }
                return Optional.of(work.get());
            } finally {
                releaseRow(connection);
            }
        } catch (SQLException e) {
            throw new LockUnavailableException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            local.unlock();
        }
    }

    /** SKIP LOCKED: no row when another replica holds it, instead of waiting without a bound. */
    private static boolean takeRow(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id from analysis_lock where id = 1 for update skip locked");
             ResultSet row = select.executeQuery()) {
            return row.next();
        }
    }

    /** Rolls back the lock's transaction; if the connection is gone, so is the lock, and the work's own error matters more. */
    private static void releaseRow(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException gone) {
            // the database released the row with the connection
        }
    }

    /** The lock's connection failed: the database is away (the API answers 503, workers try again later). */
    public static final class LockUnavailableException extends RuntimeException {
        LockUnavailableException(SQLException cause) {
            super("cannot take the analysis lock: " + cause.getMessage(), cause);
        }
    }
}
