package radar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The database the suite ran on is the one the pass was meant for: H2 in the first pass, PostgreSQL in the
 * second (pom.xml's postgres profile sets test.expected-database), so a second pass that silently fell
 * back to H2 fails here instead of passing as "PostgreSQL".
 */
@QuarkusTest
class DatabaseKindTest {

    @Inject DataSource dataSource;

    @Test
    void theSuiteRunsOnTheDatabaseItsPassNames() throws Exception {
        String expected = System.getProperty("test.expected-database", "H2");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(expected, connection.getMetaData().getDatabaseProductName());
        }
    }
}
