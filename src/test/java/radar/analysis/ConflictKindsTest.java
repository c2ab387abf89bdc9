package radar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static radar.analysis.TwoArticles.article;
import static radar.analysis.TwoArticles.kinds;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import radar.contradiction.Kind;

/**
 * Each kind of conflict on made-up paragraphs (none of the seeds' or news-dev's actors or events),
 * through the whole pipeline with the bundled model: two articles, one after the other.
 */
@QuarkusTest
class ConflictKindsTest {

    @Inject Pipeline pipeline;

    @Test
    void sameEventSameTimeOppositeClaimsAreAContradiction() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-06-02", "The energy ministry said the Harlow power station was shut down on Sunday."),
                article("Post", "2025-06-02", "Plant workers said the Harlow power station kept running all day on Sunday."));
        assertEquals(List.of(Kind.CONTRADICTION), kinds(flagged));
    }

    @Test
    void oneActorSayingTheOppositeMonthsLaterChangedOverTime() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-01-10", "The transport minister said the new river bridge was safe for heavy traffic."),
                article("Wire", "2025-06-10", "The transport minister said the new river bridge was unsafe for heavy traffic."));
        assertEquals(List.of(Kind.CHANGED_OVER_TIME), kinds(flagged));
    }

    @Test
    void anExplicitDenialInALaterArticleIsADenial() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-03-07", "The police said customs officers seized 40 rifles at the northern border crossing on Friday."),
                article("Post", "2025-03-08", "The customs agency denied that rifles were seized at the northern border crossing."));
        assertEquals(List.of(Kind.DENIAL), kinds(flagged));
    }

    @Test
    void differentCountsOfTheSameNightAreNumeric() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-04-01", "The air force said 12 drones were shot down overnight over the capital."),
                article("Post", "2025-04-01", "The defence ministry said 45 drones were shot down overnight over the capital."));
        assertEquals(List.of(Kind.NUMERIC), kinds(flagged));
    }

    @Test
    void tollsOfOneBlastAreComparedWeeksLaterWithoutSharedWords() {
        // Two actors weeks apart are not paired, unless their numbers pin one event down.
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-05-02", "A regional health official said 400 were killed in the blast at the Dunmore depot."),
                article("Post", "2025-05-20", "An inspector said the death toll was 20 or fewer in the Dunmore depot blast."));
        assertEquals(List.of(Kind.NUMERIC), kinds(flagged));
    }

    @Test
    void anActionSaidToHaveStoppedAgainstReportsOfItIsAContradictionTheModelReads() {
        // The stopped-action reading is off by default (radar.event.readings): the model alone must see this one.
        // EventReadingsOnTest holds the reading's own case.
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-08-11", "The army said it had halted its shelling of the northern villages."),
                article("Post", "2025-08-11", "Residents reported heavy shelling of two northern villages overnight."));
        assertEquals(List.of(Kind.CONTRADICTION), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("the model reads contradiction"), flagged.get(0).why());
    }

    @Test
    void compatibleHedgedNumbersAreNotFlagged() {
        assertEquals(List.of(), kinds(flagged(
                article("Wire", "2025-12-20", "The union said more than 270 stores were closed by the strike on Friday."),
                article("Post", "2025-12-20", "The company said about 300 stores were closed by the strike on Friday."))));
    }

    @Test
    void differentClaimsOnOneBroadTopicAreNotFlagged() {
        ArticleRun run = new ArticleRun(pipeline);
        run.add(article("Wire", "2025-02-03", "The health ministry said the new hospital wing will open in May."));
        Analysis second = run.add(article("Post", "2025-02-04", "Nurses said staff shortages have worsened across the region this winter.")).analysis();
        assertEquals(1, second.claims().size(), "the nurses' claim is read");
        // Paired or not (they share a topic but little else), never flagged.
        assertEquals(List.of(), kinds(second.scored().stream().filter(ScoredPair::flagged).toList()));
    }

    @Test
    void noOneHurtAgainstACountOfInjuredIsNumeric() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-10-02", "The port operator denied any injuries at the Kessel ferry terminal on Thursday."),
                article("Post", "2025-10-02", "Paramedics said 12 people were injured at the Kessel ferry terminal on Thursday."));
        assertEquals(List.of(Kind.NUMERIC), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("no one was hurt"), flagged.get(0).why());
    }

    @Test
    void claimsAboutDifferentDaysOfOneThingAreNotPaired() {
        ArticleRun run = new ArticleRun(pipeline);
        run.add(article("Wire", "2025-03-11", "The city council said the Orrin tunnel was closed to traffic on March 3."));
        Analysis second = run.add(article("Post", "2025-03-11", "Commuters said the Orrin tunnel was open to traffic on March 10.")).analysis();
        assertEquals(1, second.claims().size(), "the second article's claim is read");
        assertEquals(List.of(), second.scored(), "a closure on the 3rd and an opening on the 10th are two moments");
    }

    @Test
    void theSameDayNamedTwoWaysIsSaidInTheWhy() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-06-05", "The energy ministry said the Harlow power station was shut down on Tuesday."),
                article("Post", "2025-06-05", "Plant workers said the Harlow power station kept running all day on June 3."));
        assertEquals(List.of(Kind.CONTRADICTION), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("both about 3 June 2025"), flagged.get(0).why());
    }

    @Test
    void aDenialOfBlameAgainstTheBlameIsADenial() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-09-14", "Fishermen said the oil spill off Carra Point was caused by a navy tanker."),
                article("Post", "2025-09-15", "The navy denied responsibility for the oil spill off Carra Point, saying its tankers were in port."));
        assertEquals(List.of(Kind.DENIAL), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("denies being to blame"), flagged.get(0).why());
    }

    @Test
    void aRefutationPointingBackDeniesWhatItNames() {
        List<ScoredPair> flagged = flagged(
                article("Wire", "2025-10-02", "Medics said at least 12 people were injured at the Orlov stadium gates on Saturday."),
                article("Post", "2025-10-03", "“We have seen rumours suggesting injuries at the stadium gates. They are untrue,” the club said."));
        assertEquals(List.of(Kind.NUMERIC), kinds(flagged));
        assertTrue(flagged.get(0).why().contains("no one was hurt"), flagged.get(0).why());
    }

    @Test
    void aQuestionIsListedButNeverPaired() {
        ArticleRun run = new ArticleRun(pipeline);
        run.add(article("Wire", "2025-07-01", "The port authority said the Kessel ferry terminal was closed on Monday."));
        Analysis second = run.add(article("Post", "2025-07-01",
                "“Was the Kessel ferry terminal closed on Monday?” the harbour master asked. Will it ever reopen?")).analysis();
        List<String> polarities = second.claims().stream().map(c -> c.claim().polarity().name()).toList();
        assertEquals(List.of("ASKS"), polarities, "the harbour master's question is listed, the outlet's is not");
        assertEquals(List.of(), second.scored(), "a question claims nothing: it is never paired");
    }

    private List<ScoredPair> flagged(ArticleInput first, ArticleInput second) {
        return TwoArticles.flagged(pipeline, first, second);
    }
}
