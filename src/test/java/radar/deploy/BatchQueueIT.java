package radar.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The batch queue with the packaged service on PostgreSQL, as Kubernetes would run it: a replica
 * killed with SIGKILL part-way through a batch leaves nothing half-done and another finishes it;
 * two replicas share a batch and flag exactly the pairs one replica flags alone. Runs with -Ppostgres.
 */
class BatchQueueIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration LEASE = Duration.ofSeconds(10);

    @Test
    void aReplicaKilledMidBatchLosesNothingAndAnotherFinishesIt() throws Exception {
        String postgres = postgresUrl();
        int a = 18191, b = 18192;
        try (PackagedReplicas replicas = new PackagedReplicas(postgres, "radar_batch_kill")) {
            Map<String, String> env = Map.of("RADAR_BATCHES_LEASE", LEASE.toSeconds() + "s");
            Process replicaA = replicas.start(a, env);
            PackagedReplicas.awaitReady(a, Duration.ofSeconds(180));

            ArrayNode articles = JSON.createArrayNode();
            String[] places = {"Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Quito", "Accra", "Riga", "Tunis", "Perth"};
            for (int i = 0; i < 200; i++) {
                String place = places[i % places.length];
                articles.addObject().put("title", "Ferry report " + i).put("text", "The harbour office in " + place + " said "
                        + (2 + i % 7) + " ferries left on time on day " + i + " of the strike. Passengers in " + place
                        + " said ferry service number " + i + " had been cancelled all day.");
            }
            HttpResponse<String> posted = PackagedReplicas.post(a, "/batches", JSON.createObjectNode().set("articles", articles).toString());
            assertEquals(202, posted.statusCode(), posted.body());
            long id = JSON.readTree(posted.body()).path("id").asLong();

            // Part-way: some articles done, most not.
            JsonNode before = awaitBatch(a, id, batch -> batch.path("done").asInt() >= 20, Duration.ofMinutes(5));
            replicaA.destroyForcibly(); // SIGKILL: no shutdown hook, the article in hand is left as it is
            assertTrue(replicaA.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            int doneByA = before.path("done").asInt();
            assertTrue(doneByA < 200, "killed part-way, not after the end: " + doneByA);

            replicas.start(b, env);
            PackagedReplicas.awaitReady(b, Duration.ofSeconds(180));
            JsonNode after = awaitBatch(b, id, batch -> !batch.path("finishedAt").isNull(), Duration.ofMinutes(15));

            assertEquals("done", after.path("status").asText(), after.toString());
            assertEquals(200, after.path("done").asInt());
            assertEquals(0, after.path("failed").asInt());
            assertTrue(PackagedReplicas.logLines(b, "Analysed article") > 0, "replica B analysed the rest");
            try (Connection c = replicas.connect()) {
                assertEquals(200, PackagedReplicas.count(c, "select count(*) from article"), "every article stored once");
                assertEquals(200, PackagedReplicas.count(c, "select count(distinct article_id) from batch_item where batch_id = " + id));
                assertEquals(0, PackagedReplicas.count(c, "select count(*) from (select content_hash from article group by content_hash having count(*) > 1) d"));
                assertEquals(0, PackagedReplicas.count(c, "select count(*) from (select article_id, sentence_index, text, actor_id from statement"
                        + " group by article_id, sentence_index, text, actor_id having count(*) > 1) d"), "no statement twice");
                assertEquals(0, PackagedReplicas.count(c, "select count(*) from (select statement_a_id, statement_b_id from contradiction"
                        + " group by statement_a_id, statement_b_id having count(*) > 1) d"), "no pair twice");
                assertTrue(PackagedReplicas.count(c, "select count(*) from statement") >= 200, "the articles were analysed");
                long takenOver = PackagedReplicas.count(c, "select count(*) from batch_item where batch_id = " + id + " and attempts > 1");
                assertEquals(takenOver, PackagedReplicas.logLines(b, "(lease ran out)"), "each article A left running was taken over by B");
                System.out.printf("Batch of 200: %d done when A was killed; %d article(s) A was analysing taken over by B after the lease%n",
                        doneByA, takenOver);
            }
        }
    }

    @Test
    void twoReplicasShareABatchAndFlagWhatOneFlagsAlone() throws Exception {
        String postgres = postgresUrl();
        String seeds = seedsBatch();
        List<String> alone;
        try (PackagedReplicas replicas = new PackagedReplicas(postgres, "radar_batch_one")) {
            replicas.start(18193, Map.of());
            PackagedReplicas.awaitReady(18193, Duration.ofSeconds(180));
            alone = flaggedPairs(18193, seeds);
        }
        List<String> shared;
        try (PackagedReplicas replicas = new PackagedReplicas(postgres, "radar_batch_two")) {
            replicas.start(18194, Map.of());
            replicas.start(18195, Map.of());
            PackagedReplicas.awaitReady(18194, Duration.ofSeconds(180));
            PackagedReplicas.awaitReady(18195, Duration.ofSeconds(180));
            shared = flaggedPairs(18194, seeds);
            try (Connection c = replicas.connect()) {
                assertEquals(2, PackagedReplicas.count(c, "select count(distinct split_part(worker, '/', 1)) from batch_item"),
                        "both replicas analysed some of the batch");
                assertEquals(0, PackagedReplicas.count(c, "select count(*) from (select content_hash from article group by content_hash having count(*) > 1) d"));
            }
        }
        assertFalse(alone.isEmpty(), "the seeds flag pairs");
        assertEquals(alone, shared, "two replicas sharing the batch flag the pairs one replica flags");
        System.out.printf("Seeds as one batch: %d flagged pairs with one replica, the same %d with two%n", alone.size(), shared.size());
    }

    /** Posts the batch, waits for it, and answers its flagged pairs from {@code /batches/{id}/report}, one line each, sorted. */
    private static List<String> flaggedPairs(int port, String batch) throws Exception {
        HttpResponse<String> posted = PackagedReplicas.post(port, "/batches", batch);
        assertEquals(202, posted.statusCode(), posted.body());
        long id = JSON.readTree(posted.body()).path("id").asLong();
        JsonNode done = awaitBatch(port, id, b -> !b.path("finishedAt").isNull(), Duration.ofMinutes(10));
        assertEquals("done", done.path("status").asText(), done.toString());
        List<String> pairs = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = JSON.readTree(PackagedReplicas.get(port, "/batches/" + id + "/report?size=100&page=" + page).body()).path("items");
            if (items.isEmpty()) break;
            for (JsonNode p : items) {
                pairs.add(p.path("kind").asText() + " | " + p.path("a").path("actor").path("name").asText() + ": " + p.path("a").path("text").asText()
                        + " | " + p.path("b").path("actor").path("name").asText() + ": " + p.path("b").path("text").asText());
            }
        }
        pairs.sort(null);
        return pairs;
    }

    private static String seedsBatch() throws Exception {
        ArrayNode articles = JSON.createArrayNode();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                ObjectNode article = articles.addObject();
                article.put("title", f.getFileName().toString()).put("text", Files.readString(f));
            }
        }
        return JSON.createObjectNode().set("articles", articles).toString();
    }

    private static JsonNode awaitBatch(int port, long id, java.util.function.Predicate<JsonNode> until, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode batch = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = PackagedReplicas.get(port, "/batches/" + id);
            assertEquals(200, r.statusCode(), r.body());
            batch = JSON.readTree(r.body());
            if (until.test(batch)) return batch;
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + id + " not there in " + timeout + ": " + batch);
    }

    private static String postgresUrl() {
        String url = System.getProperty("test.postgres.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "needs -Ppostgres");
        return url;
    }
}
