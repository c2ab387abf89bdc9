package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.Database;

/**
 * Dismissing pairs as model errors changes what is flagged next: the score floor for pairs the
 * model alone decides rises past them (the test profile fits it from one review,
 * {@code radar.calibration.min-reviews=1}; the default is 5).
 */
@QuarkusTest
class ReviewLearningTest {

    /** Made up: two voices on one plant, one day, which the model flags on its own. */
    private static final String PLANT = "The energy ministry said the Harlow power station was shut down on Sunday. "
            + "Plant workers said the Harlow power station kept running all day on Sunday.";

    @Inject Database database;

    @BeforeEach
    @AfterEach
    void emptyStore() {
        database.clear(); // the floor must not reach other tests
    }

    @Test
    void dismissingModelErrorsRaisesTheFloorAndTheSamePairIsNotFlaggedAgain() {
        List<Map<String, Object>> first = post("Harlow, first report", PLANT);
        assertFalse(first.isEmpty(), "the model flags the made-up pair before any review");
        given().get("/calibration").then().statusCode(200).body("modelScoreFloor", equalTo(0.0f)).body("modelErrors", equalTo(0));

        for (Map<String, Object> pair : first) {
            given().contentType(ContentType.JSON).body(Map.of("status", "dismissed", "reason", "model-error"))
                    .patch("/contradictions/" + pair.get("id")).then().statusCode(200)
                    .body("review.status", equalTo("dismissed")).body("review.reason", equalTo("model-error"));
        }
        float highest = first.stream().map(p -> ((Number) p.get("score")).floatValue()).max(Float::compare).orElseThrow();
        given().get("/calibration").then().statusCode(200)
                .body("modelErrors", equalTo(first.size()))
                .body("modelScoreFloor", greaterThanOrEqualTo(highest)) // just above it, shown to 4 places
                .body("dismissedByReason.model-error", equalTo(first.size()));

        List<Map<String, Object>> again = post("Harlow, second report", PLANT + " Both accounts were repeated on Monday.");
        assertEquals(List.of(), again.stream().filter(p -> "contradiction".equals(p.get("kind"))).toList(),
                "the same pair, scored the same, stays below the floor");
    }

    /** Made up too, on another subject: a ferry said to have sailed and not to have sailed. */
    private static final String FERRY = "The harbour office said the Tessel ferry sailed on time on Friday. "
            + "Passengers said the Tessel ferry never left the quay on Friday.";

    @Test
    void eachTopicLearnsFromItsOwnReviews() {
        List<Map<String, Object>> ferry = post("Tessel ferry", FERRY);
        List<Map<String, Object>> plant = post("Harlow, first report", PLANT);
        assertFalse(ferry.isEmpty(), "the model flags the ferry pair");
        assertFalse(plant.isEmpty(), "and the plant pair");
        for (Map<String, Object> pair : ferry) review(pair, Map.of("status", "confirmed"));
        for (Map<String, Object> pair : plant) review(pair, Map.of("status", "dismissed", "reason", "model-error"));

        var calibration = given().get("/calibration").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> byTopic = calibration.getList("byTopic");
        assertEquals(2, byTopic.size(), byTopic.toString());
        Map<String, Object> plantTopic = byTopic.stream().filter(t -> ((Number) t.get("modelErrors")).intValue() > 0).findFirst().orElseThrow();
        Map<String, Object> ferryTopic = byTopic.stream().filter(t -> ((Number) t.get("confirmed")).intValue() > 0).findFirst().orElseThrow();
        assertTrue(((Number) plantTopic.get("modelScoreFloor")).doubleValue() > 0, "the plant's topic gets a floor above its model errors");
        assertEquals(0.0, ((Number) ferryTopic.get("modelScoreFloor")).doubleValue(), "the ferry's topic, all confirmed, none");

        List<Map<String, Object>> plantAgain = post("Harlow, second report", PLANT + " Both accounts were repeated on Monday.");
        assertEquals(List.of(), plantAgain.stream().filter(p -> "contradiction".equals(p.get("kind"))).toList(), "below its topic's floor");
        List<Map<String, Object>> ferryAgain = post("Tessel ferry, second report", FERRY + " Both accounts were repeated on Saturday.");
        assertFalse(ferryAgain.isEmpty(), "the ferry's topic has no floor: the same pair is flagged again");
    }

    private static void review(Map<String, Object> pair, Map<String, String> body) {
        given().contentType(ContentType.JSON).body(body).patch("/contradictions/" + pair.get("id")).then().statusCode(200);
    }

    @Test
    void aReasonGoesOnlyWithADismissalAndMustBeKnown() {
        List<Map<String, Object>> pairs = post("Harlow", PLANT);
        assertTrue(!pairs.isEmpty());
        Object id = pairs.get(0).get("id");
        given().contentType(ContentType.JSON).body(Map.of("status", "confirmed", "reason", "model-error"))
                .patch("/contradictions/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("status", "dismissed", "reason", "boring"))
                .patch("/contradictions/" + id).then().statusCode(400).contentType("application/problem+json");
        given().get("/contradictions/" + id).then().statusCode(200).body("review.status", equalTo("flagged"));
    }

    private static List<Map<String, Object>> post(String title, String text) {
        return given().contentType(ContentType.JSON).body(Map.of("title", title, "source", "Wire", "text", text))
                .post("/articles").then().statusCode(201).extract().jsonPath().getList("contradictions");
    }
}
