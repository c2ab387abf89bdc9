package radar.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.sentence.SentenceSplitter;

/**
 * Attribution on made-up news in other domains, with no actor in the registry: the speakers are
 * discovered from the text, and descriptions and pronouns point back to them.
 */
class AttributionOnUnseenTextTest {

    final SentenceSplitter splitter = new SentenceSplitter();
    final StatementExtractor extractor = StatementExtractor.rulesOnly(new ActorRegistry(Optional.empty()));
    final Actor source = new Actor("source-daily", "Daily Courier", Actor.OUTLET, null, null, null, List.of());

    @Test
    void aCompanyAndItsRegulator() {
        assertAttributions("""
                Northwind Energy said on Tuesday that its offshore wind farm would be fully operational by March.
                “The turbines are installed and tested,” chief executive Laura Berg told reporters.
                But the grid regulator Ofgrid said the connection would not be ready before next winter.
                The regulator added that Northwind had missed two deadlines.
                The project is 40 percent over budget, according to Ofgrid.
                Electricity prices rose for a third month.
                """,
                "northwind energy: its offshore wind farm would be fully operational by March",
                "laura berg: The turbines are installed and tested",
                "ofgrid: the connection would not be ready before next winter",
                "ofgrid: Northwind had missed two deadlines",
                "ofgrid: The project is 40 percent over budget",
                "daily courier: Electricity prices rose for a third month");
    }

    @Test
    void twoMinistriesAndAMinister() {
        assertAttributions("""
                The Ministry of Finance said that the budget deficit had narrowed to 2 percent of output.
                The Ministry of Health, however, warned that hospital spending had been cut by a fifth.
                “We cannot run hospitals on promises,” Health Minister Amara Osei said on Friday.
                She added that three regional hospitals would close in June.
                The finance ministry denied that any hospital budget had been cut.
                Will the hospitals close?
                """,
                "ministry of finance: the budget deficit had narrowed to 2 percent of output",
                "ministry of health: hospital spending had been cut by a fifth",
                "amara osei: We cannot run hospitals on promises",
                "amara osei: three regional hospitals would close in June",
                "ministry of finance: any hospital budget had been cut");
    }

    @Test
    void aClaimAgainstAClaimInOneSentence() {
        assertAttributions("""
                The union claims the factory failed every safety inspection this year, while the owners say it passed them all.
                Inspectors have not commented.
                """,
                "union: the factory failed every safety inspection this year",
                "owners: it passed them all",
                "daily courier: Inspectors have not commented");
    }

    private void assertAttributions(String article, String... expected) {
        List<String> got = new ArrayList<>();
        for (Claim s : extractor.extract(splitter.split(article), source)) {
            got.add(s.actor().name().toLowerCase(Locale.ROOT).replaceFirst("^the ", "") + ": " + s.text());
        }
        assertEquals(List.of(expected), got);
    }
}
