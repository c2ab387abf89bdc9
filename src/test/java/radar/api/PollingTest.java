package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.Database;

/** The polling API of the dashboard: cursor, filters, conditional requests, reviews. */
@QuarkusTest
class PollingTest {

    static final String DAM = """
            The water authority said on Monday that the dam was safe and undamaged after the storm.
            Local officials said the dam was badly damaged by the storm and had to be emptied.
            """;
    static final String FACTORY = """
            The Food Safety Agency said the factory had passed every inspection this year.
            Workers' union spokesperson Maria Lopez said the factory had failed every inspection this year.
            """;

    @Inject Database database;

    @BeforeEach
    void emptyStore() {
        database.clear();
    }

    @Test
    void cursorPagingLosesAndRepeatsNothingWhileArticlesArrive() {
        post(ArticleResourceTest.BRIDGE);
        List<Integer> seen = new ArrayList<>();
        long cursor = 0;
        String[] arriving = {DAM, FACTORY};
        for (int round = 0; round < 20; round++) {
            Response r = given().queryParam("since", cursor).queryParam("limit", 1).get("/contradictions");
            r.then().statusCode(200);
            List<Integer> ids = r.path("items.id");
            seen.addAll(ids);
            cursor = ((Number) r.path("cursor")).longValue();
            if (round < arriving.length) post(arriving[round]); // new pairs arrive between two polls
            else if (ids.isEmpty() && !(Boolean) r.path("more")) break;
        }
        List<Integer> all = given().queryParam("size", 100).get("/contradictions").then().extract().path("items.id");
        assertEquals(new HashSet<>(all), new HashSet<>(seen), "every pair seen");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no pair twice");
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i - 1) < seen.get(i), "in flagging order");
        assertTrue(all.size() >= 3, "each article flagged something: " + all.size());
    }

    @Test
    void filtersByActorScoreTopicAndStatus() {
        post(ArticleResourceTest.BRIDGE);
        post(FACTORY);
        // Each filter is shown to drop something: the unfiltered list holds pairs it must leave out.
        io.restassured.path.json.JsonPath all = given().queryParam("size", 100).get("/contradictions").then().statusCode(200).extract().jsonPath();
        List<String> actorsA = all.getList("items.a.actor.id", String.class), actorsB = all.getList("items.b.actor.id", String.class);
        long withKremlin = java.util.stream.IntStream.range(0, actorsA.size()).filter(i -> actorsA.get(i).equals("kremlin") || actorsB.get(i).equals("kremlin")).count();
        assertTrue(withKremlin >= 1 && withKremlin < actorsA.size(), "pairs with and without the Kremlin: " + actorsA + " / " + actorsB);
        given().queryParam("actor", "kremlin").queryParam("size", 100).get("/contradictions").then().statusCode(200)
                .body("items.size()", equalTo((int) withKremlin))
                .body("items.findAll { it.a.actor.id != 'kremlin' && it.b.actor.id != 'kremlin' }.size()", equalTo(0));

        List<Float> scores = all.getList("items.score", Float.class).stream().sorted().toList();
        // Halfway between two different scores, so that rounding in the JSON cannot move a pair across the cut.
        int above = scores.size() / 2;
        while (above < scores.size() && above > 0 && scores.get(above).equals(scores.get(above - 1))) above++;
        assertTrue(above > 0 && above < scores.size(), "two different scores to cut between: " + scores);
        float cut = (scores.get(above - 1) + scores.get(above)) / 2;
        long atLeast = scores.stream().filter(x -> x >= cut).count();
        assertTrue(atLeast < scores.size(), "some pairs score below the cut " + cut + ": " + scores);
        given().queryParam("minScore", cut).queryParam("size", 100).get("/contradictions").then().statusCode(200)
                .body("items.size()", equalTo((int) atLeast))
                .body("items.score", everyItem(greaterThanOrEqualTo(cut)));

        List<Integer> topics = all.getList("items.topicId", Integer.class);
        int topic = given().queryParam("actor", "kremlin").get("/contradictions").then().extract().path("items[0].topicId");
        long inTopic = topics.stream().filter(t -> t == topic).count();
        assertTrue(inTopic < topics.size(), "pairs of more than one topic: " + topics);
        given().queryParam("topic", topic).queryParam("size", 100).get("/contradictions").then().statusCode(200)
                .body("items.size()", equalTo((int) inTopic))
                .body("items.topicId", everyItem(equalTo(topic)));
        given().queryParam("status", "confirmed").get("/contradictions").then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("status", "maybe").get("/contradictions").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("minScore", 2).get("/contradictions").then().statusCode(400);
        given().queryParam("limit", 1000).get("/contradictions").then().statusCode(400);
    }

    @Test
    void answers304WhileNothingChanged() {
        post(ArticleResourceTest.BRIDGE);
        Response first = given().get("/contradictions");
        String etag = first.header("ETag");
        assertFalse(etag == null || etag.isBlank(), "an ETag");
        given().header("If-None-Match", etag).get("/contradictions").then().statusCode(304);
        given().header("If-None-Match", etag).queryParam("since", 0).get("/contradictions").then().statusCode(304);

        int id = first.path("items[0].id");
        given().contentType(ContentType.JSON).body(Map.of("status", "dismissed")).patch("/contradictions/" + id).then().statusCode(200);
        Response after = given().header("If-None-Match", etag).get("/contradictions");
        after.then().statusCode(200);
        assertNotEquals(etag, after.header("ETag"));
        post(FACTORY); // flags a new pair
        given().header("If-None-Match", after.header("ETag")).get("/contradictions").then().statusCode(200);
    }

    @Test
    void analystsConfirmAndDismissPairsWithAComment() {
        post(ArticleResourceTest.BRIDGE);
        int id = given().get("/contradictions").then().extract().path("items[0].id");
        given().get("/contradictions/" + id).then().body("review.status", equalTo("flagged"));

        given().contentType(ContentType.JSON).body(Map.of("status", "confirmed", "comment", "Peskov denies what the agency claims"))
                .patch("/contradictions/" + id)
                .then().statusCode(200).body("review.status", equalTo("confirmed"))
                .body("review.comment", equalTo("Peskov denies what the agency claims"))
                .body("review.reviewedAt", org.hamcrest.Matchers.notNullValue());
        given().queryParam("status", "confirmed").get("/contradictions").then().body("items.id", hasItem(id));
        given().queryParam("status", "flagged").get("/contradictions").then().body("items.id", org.hamcrest.Matchers.not(hasItem(id)));

        given().contentType(ContentType.JSON).body(Map.of("status", "dismissed")).patch("/contradictions/" + id)
                .then().statusCode(200).body("review.status", equalTo("dismissed"));
        given().contentType(ContentType.JSON).body(Map.of("status", "maybe")).patch("/contradictions/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
        given().contentType(ContentType.JSON).body(Map.of("comment", "no status")).patch("/contradictions/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("status", "confirmed")).patch("/contradictions/987654321")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/contradictions/" + id).then().body("review.status", equalTo("dismissed"));
    }

    @Test
    void countsPerTopic() {
        post(ArticleResourceTest.BRIDGE);
        given().get("/topics").then().statusCode(200)
                .body("[0].contradictions", greaterThanOrEqualTo(1))
                .body("[0].label", org.hamcrest.Matchers.not(containsString("null")));
    }

    private static void post(String text) {
        given().contentType(ContentType.JSON).body(Map.of("text", text, "source", "Wire")).post("/articles").then().statusCode(201);
    }
}
