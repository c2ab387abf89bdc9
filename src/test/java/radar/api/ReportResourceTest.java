package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.Database;

@QuarkusTest
class ReportResourceTest {

    @Inject Database database;

    @BeforeEach
    void emptyStore() {
        database.clear();
    }

    @Test
    void comparesTheGivenArticlesAndStoresNothing() {
        var articles = List.of(
                Map.of("title", "Regulator", "source", "Daily", "text",
                        "The Food Safety Agency said on Monday that the factory had passed every inspection this year."),
                Map.of("title", "Union", "source", "Courier", "text",
                        "Workers' union spokesperson Maria Lopez said the factory had failed every inspection this year."));
        given().contentType(ContentType.JSON).body(Map.of("articles", articles)).post("/reports")
                .then().statusCode(200)
                .body("articles", equalTo(2))
                .body("pairsScored", greaterThan(0))
                .body("contradictions.size()", greaterThan(0))
                .body("contradictions[0].id", nullValue())
                .body("contradictions[0].a.articleIndex", equalTo(0))
                .body("contradictions[0].b.articleIndex", equalTo(1))
                .body("contradictions.b.actor.name", hasItem("Maria Lopez"));
        assertEquals(0, database.count("article"));
        assertEquals(0, database.count("statement"));
    }

    @Test
    void rejectsAnEmptyOrMissingListAndBadArticles() {
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of())).post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("articles"));
        given().contentType(ContentType.JSON).body("{}").post("/reports")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of(Map.of("title", "no text")))).post("/reports")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("articles[0].text"));
        given().contentType(ContentType.JSON).body("{\"articles\": [").post("/reports")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
