package radar.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged service (prod build, PostgreSQL) started as separate processes on one database, for the ITs. */
final class PackagedReplicas implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String databaseUrl;
    private final List<Process> started = new ArrayList<>();

    /** A fresh, empty database named {@code database} on the PostgreSQL of {@code -Dtest.postgres.url}. */
    PackagedReplicas(String postgresUrl, String database) throws SQLException {
        String adminUrl = postgresUrl.substring(0, postgresUrl.lastIndexOf('/') + 1) + "postgres";
        databaseUrl = postgresUrl.substring(0, postgresUrl.lastIndexOf('/') + 1) + database;
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    /** Starts a replica on {@code port} (log in target/replica-PORT.log); {@code env} adds to or overrides its settings. */
    Process start(int port, Map<String, String> env) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the service first");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", jar.toString());
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log(port).toFile());
        Process process = pb.start();
        started.add(process);
        return process;
    }

    static Path log(int port) {
        return Path.of("target", "replica-" + port + ".log");
    }

    /** Lines of a replica's log that contain {@code text}. */
    static long logLines(int port, String text) throws IOException {
        Path log = log(port);
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains(text)).count() : 0;
    }

    static void awaitReady(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("replica on port " + port + " not ready; see " + log(port));
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, "postgres", "");
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** SIGTERM to every replica still running, and wait for each to stop. */
    @Override
    public void close() throws InterruptedException {
        for (Process p : started) p.destroy();
        for (Process p : started) p.waitFor();
    }
}
