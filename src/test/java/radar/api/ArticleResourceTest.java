package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.Database;

@QuarkusTest
public class ArticleResourceTest {

    public static final String BRIDGE = """
            Ukraine's security service said it set off an explosion beneath the Kerch Bridge on Tuesday, claiming it caused damage to the structure.
            But Kremlin spokesperson Dmitry Peskov said on Wednesday that there was no damage to the bridge.
            """;

    @Inject Database database;

    @BeforeEach
    void emptyStore() {
        database.clear();
    }

    @Test
    void storesAnArticleAndReportsItsContradictions() {
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Bridge", "source", "Wire", "url", "https://example.org/bridge",
                        "publishedAt", "2025-06-04T09:00:00Z", "text", BRIDGE))
                .when().post("/articles")
                .then().statusCode(201)
                .header("Location", containsString("/articles/"))
                .body("duplicate", equalTo(false))
                .body("statementCount", greaterThan(1))
                .body("statements.actor.name", hasItem("Kremlin"))
                .body("statements.actor.asWritten", hasItem("Kremlin spokesperson Dmitry Peskov"))
                .body("contradictions.size()", greaterThan(0))
                .body("contradictions[0].a.actor.name", notNullValue())
                .body("contradictions[0].aToB.contradiction", notNullValue())
                .body("contradictions[0].bToA.entailment", notNullValue())
                .body("contradictions.b.text", hasItem("there was no damage to the bridge"))
                .body("contradictions.b.sentence", hasItem(startsWith("But Kremlin spokesperson Dmitry Peskov said")))
                .body("contradictions.b.source", everyItem(equalTo("Wire")))
                .extract().path("articleId");

        given().get("/articles/" + id).then().statusCode(200).body("articleId", equalTo(id)).body("title", equalTo("Bridge"));
        assertEquals(1, database.count("article"));
    }

    @Test
    void postingTheSameArticleTwiceStoresItOnceAndReturnsTheSameReport() {
        Map<String, Object> body = Map.of("url", "https://example.org/a", "text", BRIDGE);
        io.restassured.path.json.JsonPath report = given().contentType(ContentType.JSON).body(body).post("/articles").then().statusCode(201)
                .extract().jsonPath();
        int first = report.getInt("articleId");
        long pairs = database.count("contradiction");
        assertTrue(report.getList("statements").size() > 0 && report.getList("contradictions").size() > 0, "a report worth comparing");

        io.restassured.path.json.JsonPath again = given().contentType(ContentType.JSON).body(body).post("/articles")
                .then().statusCode(200).body("articleId", equalTo(first)).body("duplicate", equalTo(true)).extract().jsonPath();
        // The same report, not only the same id: its statements and its flagged pairs.
        assertEquals(report.getList("statements"), again.getList("statements"));
        assertEquals(report.getList("contradictions.id"), again.getList("contradictions.id"));
        assertEquals(report.getList("contradictions.score"), again.getList("contradictions.score"));
        // Same text under another url, and same url with other whitespace, are the same article too.
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/b", "text", "  " + BRIDGE.replace("\n", "\n\n")))
                .post("/articles").then().statusCode(200).body("articleId", equalTo(first));
        given().contentType(ContentType.JSON).body(Map.of("url", "https://example.org/a", "text", "An edited version of it."))
                .post("/articles").then().statusCode(200).body("articleId", equalTo(first));

        assertEquals(1, database.count("article"));
        assertEquals(pairs, database.count("contradiction"));
    }

    @Test
    void rejectsInvalidJsonWithAProblemAndStoresNothing() {
        given().contentType(ContentType.JSON).body("{\"text\": \"unterminated").post("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("not valid JSON"))
                .body(not(containsString("Exception")));
        assertEquals(0, database.count("article"));
    }

    @Test
    void rejectsAMissingEmptyOrBlankText() {
        for (Object body : new Object[] {Map.of("title", "No text"), Map.of("text", ""), Map.of("text", "   \n ")}) {
            given().contentType(ContentType.JSON).body(body).post("/articles")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("text"))
                    .body("detail", containsString("text is required"));
        }
        given().contentType(ContentType.JSON).post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, database.count("article"));
    }

    @Test
    void rejectsWrongTypesBadDatesAndBadUrls() {
        given().contentType(ContentType.JSON).body("{\"text\": {\"nested\": true}}").post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON).body("{\"text\": 5}").post("/articles")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("text"));
        given().contentType(ContentType.JSON).body("[1, 2]").post("/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", BRIDGE, "publishedAt", "yesterday")).post("/articles")
                .then().statusCode(400).body("errors.field", hasItem("publishedAt")).body("detail", containsString("ISO-8601"));
        given().contentType(ContentType.JSON).body(Map.of("text", BRIDGE, "url", "javascript:alert(1)")).post("/articles")
                .then().statusCode(400).body("errors.field", hasItem("url"));
        assertEquals(0, database.count("article"));
    }

    @Test
    void acceptsDatesInSeveralIsoForms() {
        String[] dates = {"2025-03-19", "2025-03-19T08:00:00", "2025-03-19T08:00:00Z", "2025-03-19T10:00:00+02:00"};
        for (int i = 0; i < dates.length; i++) {
            given().contentType(ContentType.JSON).body(Map.of("text", "Officials said talks would resume in Geneva. Item " + i, "publishedAt", dates[i]))
                    .post("/articles").then().statusCode(201);
        }
        assertEquals(dates.length, database.count("article"));
    }

    @Test
    void rejectsOtherContentTypes() {
        given().contentType(ContentType.TEXT).body(BRIDGE).post("/articles")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        assertEquals(0, database.count("article"));
    }

    @Test
    void answersUnknownIdsWith404Problems() {
        given().get("/articles/987654").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No article with id 987654"));
        given().get("/articles/not-a-number").then().statusCode(404).contentType("application/problem+json");
        given().get("/articles").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aReportListsOnlyPairsWithTheArticlesOwnStatements() {
        given().contentType(ContentType.JSON).body(Map.of("text", BRIDGE)).post("/articles").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The central bank said inflation fell to 2 percent in May. Analysts expect rates to stay unchanged."))
                .post("/articles").then().statusCode(201).body("contradictions", empty());
    }
}
