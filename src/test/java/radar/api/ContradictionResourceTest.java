package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.Database;

@QuarkusTest
class ContradictionResourceTest {

    @Inject Database database;

    @BeforeEach
    void twoFlaggedArticles() {
        database.clear();
        given().contentType(ContentType.JSON).body(Map.of("title", "Bridge", "text", ArticleResourceTest.BRIDGE))
                .post("/articles").then().statusCode(201);
        // A second article with a pair of its own: an order and a second page need two pairs.
        given().contentType(ContentType.JSON).body(Map.of("title", "Factory", "text", PollingTest.FACTORY))
                .post("/articles").then().statusCode(201);
    }

    @Test
    void listsFlaggedPairsNewestFirstWithBothSides() {
        List<Integer> ids = given().get("/contradictions").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items[0].score", greaterThan(0.0f))
                .body("items[0].a.statementId", notNullValue())
                .body("items[0].a.sentence", notNullValue())
                .body("items[0].b.actor.name", notNullValue())
                .body("items[0].topic", notNullValue())
                .body("items[0].why", containsString("contradiction")) // stored and served: what decided the flag
                .extract().path("items.id");
        // The order is only shown by two pairs or more.
        org.junit.jupiter.api.Assertions.assertTrue(ids.size() >= 2, "at least two flagged pairs to order, got " + ids);
        for (int i = 1; i < ids.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(ids.get(i - 1) > ids.get(i), "newest first");
        }
        int first = ids.get(0);
        given().get("/contradictions/" + first).then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void paginates() {
        int total = given().get("/contradictions").then().extract().path("total");
        org.junit.jupiter.api.Assertions.assertTrue(total >= 2, "a page of one shows paging only when there is more than one pair");
        given().queryParam("size", 1).queryParam("page", 0).get("/contradictions")
                .then().statusCode(200).body("items", hasSize(1)).body("total", equalTo(total)).body("size", equalTo(1));
        given().queryParam("size", 1).queryParam("page", 1000).get("/contradictions")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void rejectsBadPagingWithProblems() {
        given().queryParam("size", 1000).get("/contradictions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).get("/contradictions").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", "ten").get("/contradictions").then().statusCode(404);
    }

    @Test
    void answersAnUnknownPairWith404() {
        given().get("/contradictions/99999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No flagged pair with id 99999999"));
    }
}
