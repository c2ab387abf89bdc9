package radar.evaluate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import radar.Database;
import radar.SeedArticles;
import radar.analysis.ArticleRun;
import radar.evaluate.LabelledArticles.LabelledArticle;
import radar.report.RunReport;
import radar.report.Views;

/**
 * The five seed articles two ways: posted one after another to the service over HTTP, and run
 * through the evaluate command's path (the pure pipeline, no HTTP, no database). Both must flag
 * the same pairs; and held against the hand-labelled gold file, every clear contradiction is
 * flagged and no consistent pair is.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedEvaluationTest {

    @Inject Database database;

    boolean ran;
    Set<String> overHttp = new TreeSet<>();
    Set<String> evaluated = new TreeSet<>();
    Evaluation evaluation;

    @BeforeEach
    void runBothPathsOnce() throws Exception {
        if (ran) return;
        ran = true;
        database.clear();
        SeedArticles.all().forEach((name, text) -> given().contentType(ContentType.JSON).body(SeedArticles.body(name, text))
                .post("/articles").then().statusCode(201));
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().queryParam("page", page).queryParam("size", 100)
                    .get("/contradictions").then().statusCode(200).extract().jsonPath().getList("items");
            items.forEach(pair -> overHttp.add(key(side(pair, "a"), side(pair, "b"))));
            if (items.size() < 100) break;
        }
        List<LabelledArticle> articles = LabelledArticles.read(Path.of("seeds"));
        try (StandalonePipeline standalone = new StandalonePipeline()) {
            ArticleRun run = new ArticleRun(standalone.pipeline);
            articles.forEach(a -> run.add(a.input()));
            evaluation = new Evaluation(run, articles, GoldFile.read(Path.of("src/test/resources/eval/seeds-gold.json")));
            for (Evaluation.Scored s : evaluation.flagged()) {
                Views.ContradictionView view = RunReport.view(run, s.step(), s.pair(), standalone.registry);
                evaluated.add(key(view.a().title() + ": " + view.a().text(), view.b().title() + ": " + view.b().text()));
            }
            EvaluateCommand.print(evaluation, Map.of("--articles", "seeds", "--gold", "seeds-gold.json"), 0, System.out);
        }
    }

    @Test
    void evaluateFlagsTheSamePairsAsTheService() {
        assertFalse(overHttp.isEmpty(), "the service flagged nothing on the seeds");
        assertEquals(overHttp, evaluated);
    }

    @Test
    void flagsEveryClearGoldContradiction() {
        assertTrue(evaluation.count("clear") > 0);
        assertEquals(evaluation.count("clear"), evaluation.flagged("clear"), "clear contradictions missed");
    }

    @Test
    void flagsNoConsistentGoldPair() {
        assertTrue(evaluation.count("consistent") > 0);
        // "None flagged" says something only of the pairs that reached the rule: 2 of the 11 do today (the rest are lost at
        // extraction or pairing, and the evaluate command lists where); fewer would make this check weaker still.
        assertTrue(evaluation.scored("consistent") >= 2, "consistent pairs scored by the rule: " + evaluation.scored("consistent"));
        assertEquals(0, evaluation.flagged("consistent"), "consistent pairs flagged");
    }

    /** A pair regardless of side order. */
    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + " <> " + b : b + " <> " + a;
    }

    @SuppressWarnings("unchecked")
    private static String side(Map<String, Object> pair, String name) {
        Map<String, Object> side = (Map<String, Object>) pair.get(name);
        return side.get("title") + ": " + side.get("text");
    }
}
