package radar.store;

/** Telling a database that cannot be reached from a bug in a query. */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    /** A connection that cannot be had or was lost, as opposed to a bug in a query. */
    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) return true;
            // 08…: connection exceptions; 57P01–57P03: the server is shutting down or restarting (PostgreSQL).
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) return true;
            if (t.getMessage() != null && t.getMessage().contains("Unable to acquire JDBC Connection")) return true;
        }
        return false;
    }
}
