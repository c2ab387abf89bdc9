package radar.contradiction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import radar.Database;
import radar.SeedArticles;

/**
 * The acceptance check of the service: the five seed articles posted one after another, at the
 * default threshold, flag every "clear" pair of the hand-labelled gold file and none of its
 * "consistent" pairs. Pairs are matched by the quoted text, in the article the gold names.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedGoldTest {

    boolean posted;

    @Inject Database database;

    JsonNode gold;
    List<Map<String, Object>> flagged = new ArrayList<>();

    @BeforeEach
    void postSeedsOnce() throws Exception {
        if (posted) return;
        posted = true;
        try (InputStream in = getClass().getResourceAsStream("/eval/seeds-gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
        database.clear();
        SeedArticles.all().forEach((name, text) -> given().contentType(ContentType.JSON).body(SeedArticles.body(name, text))
                .post("/articles").then().statusCode(201));
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().queryParam("page", page).queryParam("size", 100)
                    .get("/contradictions").then().statusCode(200).extract().jsonPath().getList("items");
            flagged.addAll(items);
            if (items.size() < 100) break;
        }
        System.out.println("Seed articles: " + flagged.size() + " flagged pairs");
        for (Map<String, Object> pair : flagged) {
            System.out.printf("  %.2f [%s] %s: %s%n    <> [%s] %s: %s%n", ((Number) pair.get("score")).doubleValue(),
                    title(pair, "a"), actorName(pair, "a"), text(pair, "a"), title(pair, "b"), actorName(pair, "b"), text(pair, "b"));
        }
    }

    @Test
    void flagsEveryClearGoldContradiction() {
        List<String> missed = new ArrayList<>();
        for (JsonNode pair : gold.get("contradictions")) {
            if (!pair.get("strength").asText().equals("clear")) continue;
            if (!isFlagged(pair)) missed.add(describe(pair));
        }
        assertTrue(missed.isEmpty(), "clear contradictions not flagged:\n" + String.join("\n", missed));
    }

    @Test
    void flagsNoConsistentGoldPair() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode pair : gold.get("consistent")) {
            if (isFlagged(pair)) wrong.add(describe(pair));
        }
        assertTrue(wrong.isEmpty(), "consistent pairs flagged:\n" + String.join("\n", wrong));
    }

    private boolean isFlagged(JsonNode goldPair) {
        JsonNode a = goldPair.get("a"), b = goldPair.get("b");
        return flagged.stream().anyMatch(p -> (matches(p, "a", a) && matches(p, "b", b)) || (matches(p, "a", b) && matches(p, "b", a)));
    }

    /** A side matches a gold quote when it comes from the gold's article and its statement and the quote overlap. */
    @SuppressWarnings("unchecked")
    private static boolean matches(Map<String, Object> pair, String side, JsonNode quote) {
        Map<String, Object> s = (Map<String, Object>) pair.get(side);
        if (!quote.get("article").asText().equals(s.get("title"))) return false;
        String text = normalise((String) s.get("text"));
        String q = normalise(quote.get("quote").asText());
        return text.contains(q) || q.contains(text);
    }

    private static String normalise(String s) {
        return s.replaceAll("[“”\"]", "").replaceAll("[’‘]", "'").replaceAll("\\s+", " ").strip().toLowerCase();
    }

    private static String describe(JsonNode pair) {
        return "  " + pair.get("a").get("quote").asText() + "  <>  " + pair.get("b").get("quote").asText();
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> pair, String side) {
        return (String) ((Map<String, Object>) pair.get(side)).get("text");
    }

    @SuppressWarnings("unchecked")
    private static String title(Map<String, Object> pair, String side) {
        return ((String) ((Map<String, Object>) pair.get(side)).get("title")).substring(0, 3);
    }

    @SuppressWarnings("unchecked")
    private static String actorName(Map<String, Object> pair, String side) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) pair.get(side)).get("actor")).get("name");
    }
}
