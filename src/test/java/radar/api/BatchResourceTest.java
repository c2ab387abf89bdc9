package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.Database;

/** {@code /batches}: queued at once, analysed by this replica's worker, polled to the end; bad input queues nothing. */
@QuarkusTest
public class BatchResourceTest {

    static final String STOPPED = "The port authority said on Monday that it had stopped all shipments of grain through the northern terminal.";
    static final String GOING_ON = "Dock workers said grain shipments through the northern terminal went on through Monday night, with four ships loaded.";
    static final String OTHER = "The city council said it would vote on the new budget for schools and libraries next month.";

    @Inject Database database;

    @BeforeEach
    void emptyStore() {
        database.clear();
    }

    @Test
    void queuesAnalysesAndReportsABatch() {
        List<Map<String, Object>> articles = List.of(
                Map.of("title", "Terminal closed", "source", "Wire", "text", STOPPED),
                Map.of("title", "Ships loaded", "source", "Daily", "url", "https://example.org/ships", "text", GOING_ON),
                Map.of("text", OTHER),
                Map.of("title", "Terminal closed (again)", "text", STOPPED));
        JsonPath posted = given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .when().post("/batches")
                .then().statusCode(202)
                .header("Location", containsString("/batches/"))
                .body("total", equalTo(4))
                .body("status", oneOf("queued", "running", "done"))
                .body("articles.index", equalTo(List.of(0, 1, 2, 3)))
                .body("articles[3].duplicate", equalTo(true))
                .extract().jsonPath();
        long id = posted.getLong("id");

        JsonPath done = awaitFinished(id);
        assertEquals("done", done.getString("status"));
        assertEquals(4, done.getInt("done"));
        assertEquals(0, done.getInt("failed"));
        assertEquals(1, done.getInt("duplicates"));
        List<Integer> ids = done.getList("articles.articleId");
        ids.forEach(articleId -> assertNotNull(articleId, "every article stored: " + done.prettify()));
        assertEquals(ids.get(0), ids.get(3), "the repeated article is the first one's");
        assertEquals(3, database.count("article"), "three distinct articles stored once");
        assertNotNull(done.getString("finishedAt"));

        given().get("/articles/" + ids.get(1)).then().statusCode(200).body("title", equalTo("Ships loaded"));
        given().get("/batches/" + id + "/report").then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.a.text", hasItem(containsString("stopped all shipments of grain")))
                .body("total", greaterThan(0));

        // The same batch again: every article is a duplicate of the stored one, nothing is analysed or stored.
        JsonPath again = given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .when().post("/batches").then().statusCode(202)
                .body("status", equalTo("done"))
                .body("duplicates", equalTo(4))
                .body("articles.duplicate", everyItem(equalTo(true)))
                .extract().jsonPath();
        assertEquals(ids, again.getList("articles.articleId"));
        assertEquals(3, database.count("article"));
        assertEquals(8, database.count("batch_item"));

        given().get("/batches").then().statusCode(200)
                .body("batches[0].id", equalTo((int) again.getLong("id")))
                .body("batches[0].articles", equalTo(null))
                .body("queue.queued", equalTo(0))
                .body("queue.running", equalTo(0));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("radar_queue_depth") && metrics.contains("radar_queue_oldest_age_seconds"),
                "queue gauges exported");
    }

    @Test
    void aBadArticleRejectsTheWholeBatchByItsIndex() {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) articles.add(Map.of("text", "The mayor said bridge number " + i + " would open in May."));
        articles.set(7, Map.of("title", "No text"));
        Map<String, Object> badDate = new HashMap<>(Map.of("text", "The mayor said the tunnel would open in May.", "publishedAt", "yesterday"));
        articles.set(4, badDate);
        long before = database.count("batch_item");
        given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .when().post("/batches")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", equalTo(List.of("articles[4].publishedAt", "articles[7].text")))
                .body("detail", containsString("articles[7].text"))
                .body("detail", endsWith("Nothing was queued."));
        assertEquals(before, database.count("batch_item"), "nothing queued");
        assertEquals(0, database.count("batch"));
    }

    @Test
    void emptyMissingAndOversizedBatchesAreRefused() {
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of())).when().post("/batches")
                .then().statusCode(400).body("errors[0].field", equalTo("articles")).body("errors[0].message", containsString("at least one"));
        given().contentType(ContentType.JSON).body("{}").when().post("/batches")
                .then().statusCode(400).body("errors[0].field", equalTo("articles"));
        given().contentType(ContentType.JSON).body("{\"articles\": [{\"text\": 5}]}").when().post("/batches")
                .then().statusCode(400).body("errors[0].field", equalTo("articles[0].text"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) tooMany.add(Map.of("text", "Item " + i + " said something."));
        given().contentType(ContentType.JSON).body(Map.of("articles", tooMany)).when().post("/batches")
                .then().statusCode(400).body("errors[0].field", equalTo("articles")).body("errors[0].message", containsString("at most 1000"));
        assertEquals(0, database.count("batch"));
    }

    @Test
    void unknownBatchesAreNotFound() {
        given().get("/batches/987654").then().statusCode(404).contentType(containsString("application/problem+json"))
                .body("detail", equalTo("No batch with id 987654"));
        given().get("/batches/987654/report").then().statusCode(404).body("status", equalTo(404));
        given().get("/batches/abc").then().statusCode(404);
    }

    /** Polls {@code GET /batches/{id}} until the batch is done or failed (the worker polls the queue every second). */
    public static JsonPath awaitFinished(long id) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath batch = given().get("/batches/" + id).then().statusCode(200).body("id", notNullValue()).extract().jsonPath();
            if (batch.getString("finishedAt") != null) return batch;
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("batch " + id + " did not finish in 3 minutes");
    }
}
