package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CORS as an operator configures it for a dashboard on another origin. */
@QuarkusTest
@TestProfile(CorsTest.DashboardOrigin.class)
class CorsTest {

    public static class DashboardOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", "https://dashboard.example.org");
        }
    }

    @Test
    void allowsTheConfiguredOriginOnly() {
        given().header("Origin", "https://dashboard.example.org").get("/contradictions").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://dashboard.example.org").header("Access-Control-Request-Method", "PATCH")
                .options("/contradictions/1").then()
                .header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
        given().header("Origin", "https://elsewhere.example.com").get("/contradictions").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
