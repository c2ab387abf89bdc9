package radar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static radar.analysis.TwoArticles.article;
import static radar.analysis.TwoArticles.kinds;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import radar.contradiction.Kind;

/**
 * The event readings that are off by default (README "Decision rule": their firings on other news
 * were right less than 7 times in 10), switched on with {@code radar.event.readings}: each still
 * decides a pair the way it was written to, through the whole pipeline, on made-up paragraphs.
 */
@QuarkusTest
@TestProfile(EventReadingsOnTest.AllReadings.class)
class EventReadingsOnTest {

    public static class AllReadings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("radar.event.readings", "cessation,cause,damage,casualties");
        }
    }

    @Inject Pipeline pipeline;

    @Test
    void twoCausesOfOneEventAreAContradiction() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-09-03", "The fire brigade said the Alder Street warehouse fire was caused by a faulty heater."),
                article("Post", "2025-09-03", "Police blamed arsonists for the Alder Street warehouse fire."));
        assertEquals(List.of(Kind.CONTRADICTION), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("blames"), flagged.get(0).why());
    }

    @Test
    void destroyedAgainstLargelyIntactIsAContradiction() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-11-04", "The defence ministry said the Lena river bridge was completely destroyed in the raid."),
                article("Post", "2025-11-04", "Local engineers said the Lena river bridge remained largely intact after the raid."));
        assertEquals(List.of(Kind.CONTRADICTION), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("largely intact"), flagged.get(0).why());
    }

    @Test
    void anActionSaidToHaveStoppedAgainstReportsOfItIsReadAsSuch() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-08-11", "The army said it had halted its shelling of the northern villages."),
                article("Post", "2025-08-11", "Residents reported heavy shelling of two northern villages overnight."));
        assertEquals(List.of(Kind.CONTRADICTION), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("stopped, the other reports it going on"), flagged.get(0).why());
    }

    private List<ScoredPair> flagged(ArticleInput first, ArticleInput second) {
        return TwoArticles.flagged(pipeline, first, second);
    }
}
