package radar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import radar.analysis.AnalysisBusyException;
import radar.analysis.ArticleInput;
import radar.analysis.ArticleTooLargeException;
import radar.report.Views;
import radar.service.IngestService;
import radar.service.ReportService;

/** How {@code /articles} maps HTTP to the ingest service and back, without the model: the services are mocks. */
@QuarkusTest
class ArticleResourceMockedTest {

    @InjectMock IngestService ingest;
    @InjectMock ReportService reports;

    static final Map<String, Object> ARTICLE = Map.of("title", "Bridge", "source", "Wire", "publishedAt", "2025-03-19T10:00:00+02:00",
            "text", "  The ministry said the bridge was open.  ");

    static Views.ArticleReport report(long id, boolean duplicate) {
        return new Views.ArticleReport(id, duplicate, "Bridge", "Wire", 0, List.of(), List.of());
    }

    @Test
    void aNewArticleIsCreatedWithItsLocationAndTheInputIsCleanedAndParsed() {
        when(ingest.ingest(any())).thenReturn(new IngestService.Ingested(7, false));
        when(reports.afterStore(7, false)).thenReturn(report(7, false));
        given().contentType(ContentType.JSON).body(ARTICLE).post("/articles")
                .then().statusCode(201).header("Location", endsWith("/articles/7")).body("articleId", equalTo(7)).body("duplicate", equalTo(false));
        ArgumentCaptor<ArticleInput> input = ArgumentCaptor.forClass(ArticleInput.class);
        verify(ingest).ingest(input.capture());
        assertEquals(new ArticleInput("Bridge", "Wire", null, Instant.parse("2025-03-19T08:00:00Z"), "The ministry said the bridge was open."),
                input.getValue());
    }

    @Test
    void aDuplicateAnswers200WithTheEarlierReport() {
        when(ingest.ingest(any())).thenReturn(new IngestService.Ingested(3, true));
        when(reports.afterStore(3, true)).thenReturn(report(3, true));
        given().contentType(ContentType.JSON).body(ARTICLE).post("/articles")
                .then().statusCode(200).header("Location", (String) null).body("articleId", equalTo(3)).body("duplicate", equalTo(true));
    }

    @Test
    void anArticleWithTooManyStatementsGets413() {
        when(ingest.ingest(any())).thenThrow(new ArticleTooLargeException("The article yields 1001 statements; split it"));
        given().contentType(ContentType.JSON).body(ARTICLE).post("/articles")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("split it"));
    }

    @Test
    void aBusyServiceAnswers503WithRetryAfter() {
        when(ingest.ingest(any())).thenThrow(new AnalysisBusyException("busy; retry in a few seconds", 5));
        given().contentType(ContentType.JSON).body(ARTICLE).post("/articles")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
    }

    @Test
    void anUnexpectedFailureGetsAReferenceButNoInternals() {
        when(ingest.ingest(any())).thenThrow(new IllegalStateException("secret internals of radar.service"));
        given().contentType(ContentType.JSON).body(ARTICLE).post("/articles")
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", containsString("reference")).body("detail", not(containsString("radar.")));
    }

    @Test
    void anUnknownArticleIs404() {
        when(reports.forArticle(anyLong(), anyBoolean())).thenReturn(Optional.empty());
        given().get("/articles/12345").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No article with id 12345"));
    }
}
