package radar.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseErrorsTest {

    @Test
    void aCommitThatFailsBecauseTheServerWentAwayIsAnOutage() {
        // As Narayana reports it: the rollback's reason is a suppressed exception, not its cause.
        Exception rollback = new Exception("Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(DatabaseErrors.unavailable(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void aBrokenQueryIsNot() {
        assertFalse(DatabaseErrors.unavailable(new RuntimeException(new SQLException("syntax error at or near FORM", "42601"))));
        assertFalse(DatabaseErrors.unavailable(new IllegalStateException("no database involved")));
    }
}
