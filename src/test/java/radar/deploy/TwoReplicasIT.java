package radar.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the packaged service (the prod build, PostgreSQL) on two ports share one fresh
 * database; the same and different articles are posted to both at once. No article, actor or
 * pair may exist twice, and every accepted article must be stored once. Then the database is
 * stopped and started under them: readiness must follow it, and in the middle of a stream of
 * posts every 2xx must be stored and every other answer a 503 with Retry-After. Last, a missing
 * model stops the service at start. Runs with -Ppostgres.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    static final String DATABASE = "radar_replicas";
    static final int[] PORTS = {18181, 18182};
    static final Pattern ARTICLE_ID = Pattern.compile("\"articleId\":(\\d+)");

    PackagedReplicas replicas;
    String databaseUrl;
    HttpClient http = PackagedReplicas.HTTP;

    @BeforeAll
    void startTwoReplicas() throws Exception {
        String base = System.getProperty("test.postgres.url", "");
        assumeTrue(base.startsWith("jdbc:postgresql:"), "needs -Ppostgres");
        replicas = new PackagedReplicas(base, DATABASE);
        databaseUrl = replicas.databaseUrl;
        for (int port : PORTS) replicas.start(port, Map.of());
        for (int port : PORTS) awaitReady(port, Duration.ofSeconds(180));
    }

    @AfterAll
    void stopReplicas() throws InterruptedException {
        if (replicas != null) replicas.close(); // SIGTERM: graceful shutdown
    }

    @Test
    @Order(1)
    void concurrentPostsToTwoReplicasStoreEveryArticleOnce() throws Exception {
        List<String> articles = new ArrayList<>();
        String[] places = {"Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Quito", "Accra", "Riga"};
        for (int i = 0; i < places.length; i++) {
            articles.add("The transport ministry said on Monday that the new bridge in " + places[i] + " was safe and open to traffic. "
                    + "But engineers from the city council said the bridge in " + places[i] + " had serious cracks and was unsafe. "
                    + "Kremlin spokesperson Dmitry Peskov said the report from " + places[i] + " was not relevant.");
        }
        // Every article goes to both replicas at the same moment (released together by a barrier), one article after
        // the other: one replica analyses and stores it, the other (waiting for the analysis lock) finds it stored.
        List<Future<String>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PORTS.length);
        for (String text : articles) {
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(PORTS.length);
            List<Callable<String>> posts = new ArrayList<>();
            for (int port : PORTS) posts.add(() -> {
                together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                return post(port, "{\"text\":\"" + text + "\"}");
            });
            answers.addAll(pool.invokeAll(posts));
        }
        pool.shutdown();

        Set<Long> acceptedIds = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            String body = answers.get(i).get();
            Matcher id = ARTICLE_ID.matcher(body);
            assertTrue(id.find(), "answer " + i + " carries an article id: " + body);
            acceptedIds.add(Long.parseLong(id.group(1)));
        }
        for (int i = 0; i < answers.size(); i += 2) {
            String one = answers.get(i).get(), other = answers.get(i + 1).get();
            assertEquals(articleId(one), articleId(other), "both replicas answer with the same article");
            assertEquals(1, (one.contains("\"duplicate\":true") ? 1 : 0) + (other.contains("\"duplicate\":true") ? 1 : 0),
                    "one replica stored it, the other answered with it as a duplicate: " + one + " / " + other);
        }
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "")) {
            assertEquals(articles.size(), count(c, "select count(*) from article"), "each article stored once");
            assertEquals(articles.size(), acceptedIds.size());
            for (long id : acceptedIds) assertEquals(1, count(c, "select count(*) from article where id = " + id));
            assertEquals(0, count(c, "select count(*) from (select content_hash from article group by content_hash having count(*) > 1) d"));
            assertEquals(0, count(c, "select count(*) from (select lower(name) from actor group by lower(name), kind having count(*) > 1) d"),
                    "no actor twice");
            assertEquals(0, count(c, "select count(*) from (select statement_a_id, statement_b_id from contradiction"
                    + " group by statement_a_id, statement_b_id having count(*) > 1) d"), "no pair twice");
            assertEquals(0, count(c, "select count(*) from statement s left join article a on a.id = s.article_id where a.id is null"));
        }
    }

    /**
     * Two different articles that contradict each other, posted at the same moment to the two replicas: whichever is
     * analysed second is compared with the first (the analyses take turns across replicas), so the pair is flagged.
     */
    @Test
    @Order(2)
    void articlesAnalysedAtOnceOnTwoReplicasAreComparedWithEachOther() throws Exception {
        String[] goods = {"grain", "coal", "timber"};
        ExecutorService pool = Executors.newFixedThreadPool(PORTS.length);
        try {
            for (String goods1 : goods) {
                String stopped = "The port authority said on Monday that it had stopped all shipments of " + goods1 + " through the northern terminal.";
                String goingOn = "Dock workers said " + goods1 + " shipments through the northern terminal went on through Monday night, with four ships loaded.";
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(PORTS.length);
                List<Callable<String>> posts = List.of(
                        () -> { together.await(30, java.util.concurrent.TimeUnit.SECONDS); return post(PORTS[0], "{\"text\":\"" + stopped + "\"}"); },
                        () -> { together.await(30, java.util.concurrent.TimeUnit.SECONDS); return post(PORTS[1], "{\"text\":\"" + goingOn + "\"}"); });
                for (Future<String> answer : pool.invokeAll(posts)) assertTrue(answer.get().contains("\"duplicate\":false"), answer.get());
                try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "")) {
                    assertEquals(1, count(c, "select count(*) from contradiction p join statement a on a.id = p.statement_a_id"
                            + " join statement b on b.id = p.statement_b_id join article x on x.id = a.article_id join article y on y.id = b.article_id"
                            + " where x.id <> y.id and (x.text like '%stopped all shipments of " + goods1 + "%' or y.text like '%stopped all shipments of "
                            + goods1 + "%') and (x.text like 'Dock workers said " + goods1 + "%' or y.text like 'Dock workers said " + goods1 + "%')"),
                            "the two articles posted at once were compared and their pair flagged (" + goods1 + ")");
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Stops the local PostgreSQL cluster: readiness goes DOWN, and UP again once it is back, with no restart. */
    @Test
    @Order(3)
    void readinessFollowsTheDatabase() throws Exception {
        int port = PORTS[0];
        assertEquals(200, ready(port).statusCode());
        try {
            cluster("stop");
            HttpResponse<String> down = ready(port);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("\"status\": \"DOWN\"") || down.body().contains("\"status\":\"DOWN\""), down.body());
            // Writes fail cleanly and say when to retry; nothing is half-written.
            HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"The mayor said the tunnel would open in May. The builder said it would open in July.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, write.statusCode(), write.body());
            assertTrue(write.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            assertTrue(write.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        } finally {
            cluster("start");
        }
        awaitReady(port, Duration.ofSeconds(60));
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "")) {
            assertEquals(0, count(c, "select count(*) from article where text like 'The mayor said the tunnel%'"), "the refused write left nothing");
        }
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/contradictions")).build();
        assertEquals(200, http.send(list, HttpResponse.BodyHandlers.ofString()).statusCode(), "serves again without a restart");
    }

    /** PostgreSQL stops in the middle of a stream of posts: every 2xx is stored, the rest were told to retry. */
    @Test
    @Order(4)
    void aDatabaseOutageMidStreamLosesNoAcceptedArticle() throws Exception {
        int port = PORTS[1];
        Map<String, Integer> answers = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> missingRetryAfter = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(24).toNanos();
        Thread stream = new Thread(() -> {
            for (int n = 0; System.nanoTime() < end; n++) {
                String text = "The harbour office said ferry " + n + " had left on time. Passengers said ferry " + n + " had been cancelled.";
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                            .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                    answers.put(text, r.statusCode());
                    if (r.statusCode() / 100 != 2 && r.headers().firstValue("Retry-After").isEmpty()) missingRetryAfter.add(r.statusCode() + " " + r.body());
                    if (r.statusCode() / 100 != 2) Thread.sleep(500);
                } catch (Exception e) {
                    answers.put(text, -1);
                }
            }
        });
        stream.start();
        Thread.sleep(6_000);
        try {
            cluster("stop");
            Thread.sleep(7_000);
        } finally {
            cluster("start");
        }
        stream.join();
        awaitReady(port, Duration.ofSeconds(60));

        long accepted = answers.values().stream().filter(s -> s / 100 == 2).count();
        long refused = answers.values().stream().filter(s -> s == 503).count();
        assertTrue(accepted > 0 && refused > 0, "some posts before and after the outage, some during: " + answers.values());
        assertEquals(answers.size(), accepted + refused, "every answer is 2xx or 503: " + answers.values());
        assertTrue(missingRetryAfter.isEmpty(), "every refusal says when to retry: " + missingRetryAfter);
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "")) {
            for (var e : answers.entrySet()) {
                long stored = count(c, "select count(*) from article where text = '" + e.getKey().replace("'", "''") + "'");
                assertEquals(e.getValue() / 100 == 2 ? 1 : 0, stored, e.getValue() + " for " + e.getKey());
            }
        }
    }

    /** A model directory that is not there stops the service at start with one line naming it. */
    @Test
    @Order(5)
    void refusesToStartWithoutItsModel() throws Exception {
        Path log = Path.of("target", "replica-no-model.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_HTTP_PORT", "18183");
        pb.environment().put("RADAR_NLI_MODEL_DIR", "/nonexistent/model");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "exits");
        assertTrue(p.exitValue() != 0, "with a failure");
        String out = Files.readString(log);
        assertTrue(out.contains("Cannot start: NLI model directory /nonexistent/model has no model.onnx"), out);
    }

    private HttpResponse<String> ready(int port) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void cluster(String action) throws IOException, InterruptedException {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(v -> v.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Process p = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), "pg_ctlcluster " + action + ": " + out);
    }

    private String post(int port, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, "status " + response.statusCode() + ": " + response.body());
        return response.body();
    }

    private static long articleId(String body) {
        Matcher m = ARTICLE_ID.matcher(body);
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static long count(Connection c, String sql) throws SQLException {
        return PackagedReplicas.count(c, sql);
    }

    private void awaitReady(int port, Duration timeout) throws Exception {
        PackagedReplicas.awaitReady(port, timeout);
    }
}
