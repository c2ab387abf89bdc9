package radar.store;

/** Telling a database that cannot be reached from a bug in a query. */
public final class DatabaseErrors {

    private DatabaseErrors() {}

    /**
     * A connection that cannot be had or was lost, as opposed to a bug in a query. The reason may
     * sit in a cause or in a suppressed exception: a commit that fails because the server went away
     * is a RollbackException whose suppressed XAException holds the PostgreSQL error.
     */
    public static boolean unavailable(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        if (e != null) next.add(e);
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) continue;
            if (connectionLost(t)) return true;
            if (t.getCause() != null) next.add(t.getCause());
            next.addAll(java.util.List.of(t.getSuppressed()));
        }
        return false;
    }

    private static boolean connectionLost(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException) return true;
        // 08…: connection exceptions; 57P01–57P03: the server is shutting down or restarting (PostgreSQL).
        if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) return true;
        return t.getMessage() != null && t.getMessage().contains("Unable to acquire JDBC Connection");
    }
}
