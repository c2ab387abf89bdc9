package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import radar.Database;

@QuarkusTest
class ActorResourceTest {

    @Inject Database database;

    @Test
    void countsStatementsPerActorWithTheirSide() {
        database.clear();
        given().contentType(ContentType.JSON).body(Map.of("source", "Wire", "text", ArticleResourceTest.BRIDGE))
                .post("/articles").then().statusCode(201);
        List<Map<String, Object>> actors = given().get("/actors").then().statusCode(200)
                .body("name", hasItem("Kremlin"))
                .extract().jsonPath().getList("$");
        Map<String, Object> kremlin = actors.stream().filter(a -> a.get("name").equals("Kremlin")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("Russia", kremlin.get("side"));
        org.junit.jupiter.api.Assertions.assertEquals(1, ((Number) kremlin.get("statements")).intValue());
        org.junit.jupiter.api.Assertions.assertTrue(((Number) kremlin.get("contradictions")).intValue() >= 1);
        given().get("/actors").then().body("[0].statements", equalTo(actors.stream()
                .mapToInt(a -> ((Number) a.get("statements")).intValue()).max().orElseThrow()));
    }
}
