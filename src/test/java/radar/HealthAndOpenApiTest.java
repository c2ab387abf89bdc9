package radar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndOpenApiTest {

    @Test
    void isReadyOnceTheModelIsLoaded() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("nli-model"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("radar_nli_batch_seconds_bucket"));
    }

    @Test
    void publishesTheOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/articles"))
                .body(containsString("/contradictions"))
                .body(containsString("/reports"));
    }
}
