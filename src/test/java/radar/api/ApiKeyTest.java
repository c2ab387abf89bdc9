package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import radar.service.IngestService;
import radar.service.ReportService;

/**
 * With an API key configured, writes need it and reads do not. Also restarts the app in a new
 * profile. What a write does is not the point here, so the services are mocks.
 */
@QuarkusTest
@TestProfile(ApiKeyTest.WithKey.class)
class ApiKeyTest {

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("radar.api-key", "s3cret-key");
        }
    }

    @InjectMock IngestService ingest;
    @InjectMock ReportService reports;

    @BeforeEach
    void servicesAnswer() {
        when(ingest.ingest(any())).thenReturn(new IngestService.Ingested(1, false), new IngestService.Ingested(1, true));
        when(reports.forArticle(anyLong(), anyBoolean())).thenAnswer(call -> Optional.of(ArticleResourceMockedTest.report(1, call.getArgument(1))));
        when(reports.afterStore(anyLong(), anyBoolean())).thenAnswer(call -> ArticleResourceMockedTest.report(1, call.getArgument(1)));
    }

    static final Map<String, Object> ARTICLE = Map.of("text", "The ministry said the bridge was open. Engineers said the bridge was closed.");

    @Test
    void writesNeedTheKey() {
        given().contentType(ContentType.JSON).body(ARTICLE).post("/articles")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("API key"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong").body(ARTICLE).post("/articles")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer s3cret-key").body(ARTICLE).post("/articles")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).header("X-API-Key", "s3cret-key").body(ARTICLE).post("/articles")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "confirmed")).patch("/contradictions/1")
                .then().statusCode(401);
    }

    @Test
    void readsStayOpen() {
        given().get("/contradictions").then().statusCode(200);
        given().get("/actors").then().statusCode(200);
    }
}
