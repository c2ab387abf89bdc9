package radar.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import radar.actor.ActorRegistry;
import radar.actor.SourceActors;
import radar.sentence.SentenceSplitter;

/**
 * The forms of reported speech read since PolNeAR was measured, one made-up sentence each (none
 * of their actors in the registry). Each claim reads "actor: proposition"; "wire" is the outlet.
 */
class AttributionFormsTest {

    final SentenceSplitter splitter = new SentenceSplitter();
    final StatementExtractor extractor = StatementExtractor.rulesOnly(new ActorRegistry(Optional.empty()));

    @Test
    void speakersWithAnAsideBeforeOrAfterTheVerb() {
        assertClaims("Mara Lind, director of the Coastal Institute at Norland University, said the dunes were shrinking.",
                "mara lind: the dunes were shrinking");
        assertClaims("The harbour will close for a month, said Tomas K. Ferrer, a senior port official.",
                "tomas k. ferrer: The harbour will close for a month");
        assertClaims("The tenants were never told about the leak, attorneys for the families said.",
                "attorneys for the families: The tenants were never told about the leak");
    }

    @Test
    void theSpeakerOfARelativeClauseIsWhatItHangsOn() {
        assertClaims("The plan was backed by Senator Ida Holm, who said the rail link would pay for itself.",
                "wire: The plan was backed by Senator Ida Holm", "ida holm: the rail link would pay for itself");
    }

    @Test
    void quotesWrittenWithTwoApostrophesOrSignedWithADash() {
        assertClaims("''The budget is balanced,'' said Ms. Okafor.", "ms. okafor: The budget is balanced");
        assertClaims("“We will rebuild the bridge.” ― Lena Varga.", "lena varga: We will rebuild the bridge");
    }

    @Test
    void claimNounsAndAccordingTo() {
        assertClaims("Analysts questioned Mayor Ruiz’s claim that the tunnel was finished.", "ruiz: the tunnel was finished");
        assertClaims("Ticket sales fell by a third, according to the league, a nonprofit body, in its yearly report.",
                "league: Ticket sales fell by a third");
        assertClaims("According to exit polls, the challenger won most rural districts.",
                "exit polls: the challenger won most rural districts");
    }

    @Test
    void verbFirstResumedAndQuotingVerbs() {
        assertClaims("Said Ellison: “The vote was rigged.”", "ellison: The vote was rigged");
        assertClaims("“The plan,” Dana Brook said, “is to reopen in June.”", "dana brook: The plan is to reopen in June");
        assertClaims("Coach Amir Haddad continued: “The pitch was unplayable.”", "coach amir haddad: The pitch was unplayable");
        assertClaims("Senator Ann Holm scolded him: “The scientific community is against you.”", "ann holm: The scientific community is against you");
        assertClaims("The mayor boasted, “That makes me smart.”", "mayor: That makes me smart");
        assertClaims("In a statement, the miner said: “The mine was highly successful,” adding that its value quadrupled in a year.",
                "miner: The mine was highly successful", "miner: its value quadrupled in a year");
        assertClaims("“We need change,” the retired banker said, arguing that he will bring a common-sense approach.",
                "retired banker: We need change", "retired banker: he will bring a common-sense approach");
    }

    @Test
    void itIsTheInstitutionThatSpokeBeforeAPerson() {
        assertClaims("The port authority said the cranes were fixed. Ana Ruiz, its director, said the backlog would clear by May. "
                        + "It added that no ships had been turned away.",
                "port authority: the cranes were fixed", "ana ruiz: the backlog would clear by May", "port authority: no ships had been turned away");
    }

    @Test
    void aBlockQuoteAfterAColon() {
        assertClaims("The governor spoke on the radio. The governor added:\nThe budget will never pass. The port will close.\n\nThe session ended at noon.",
                "wire: The governor spoke on the radio", "governor: The budget will never pass", "governor: The port will close",
                "wire: The session ended at noon");
    }

    @Test
    void framesThatAreNotSaid() {
        assertClaims("The regional health office put the toll at 40 dead.", "regional health office: the death toll was 40 dead");
        assertClaims("The council outlined a new budget and vowed to repair every school roof.",
                "council: The council vowed to repair every school roof");
        assertClaims("“No one was hurt,” reads the statement issued by the Norland Rail Company.",
                "norland rail company: No one was hurt");
    }

    @Test
    void twoSpeakersWithoutAComma() {
        assertClaims("A fire brigade chief said 12 homes burned and a county official said 30 homes burned.",
                "fire brigade chief: 12 homes burned", "county official: 30 homes burned");
        assertClaims("Mayor Ana Ortiz toured the site on Friday. Ortiz said the works were on schedule, though she noted the budget had grown.",
                "wire: Mayor Ana Ortiz toured the site on Friday", "ana ortiz: the works were on schedule", "ana ortiz: the budget had grown");
    }

    @Test
    void participlesSpeakForTheSubjectThatOpensTheClause() {
        assertClaims("Two county engineers inspected the dam on Monday, arguing that the spillway was too narrow.",
                "two county engineers: the spillway was too narrow");
        assertClaims("Mayor Lina Ortiz posted a series of messages overnight saying that the curfew would end.",
                "mayor lina ortiz: the curfew would end");
        assertClaims("The rail operator issued a statement saying that no trains were delayed.", "rail operator: no trains were delayed");
        assertClaims("Lamenting the weather, farmers often say the spring rains come too late.", "farmers: the spring rains come too late");
        assertClaims("However, Norland has released footage showing that the warehouse fire was started by a stray flare.",
                "norland: the warehouse fire was started by a stray flare");
        assertClaims("“The rumours are untrue,” the state-backed foundation said.", "state-backed foundation: The rumours are untrue");
        assertClaims("Nearly eight of 10 voters say the roads have got worse.", "nearly eight of 10 voters: the roads have got worse");
    }

    @Test
    void closingVerbsWithATimeAnAsideOrAnotherClaim() {
        assertClaims("The bridge tolls are an insult to every commuter, local lawmakers said Friday afternoon, as they bristled at the new fees.",
                "local lawmakers: The bridge tolls are an insult to every commuter");
        assertClaims("The plant will close in May, the company said on Monday, adding that 200 jobs would go.",
                "company: The plant will close in May", "company: 200 jobs would go");
        assertClaims("The campaign will publish the records soon, a spokesman announced Monday morning.",
                "spokesman: The campaign will publish the records soon");
        assertClaims("The bridge, the mayor said on Monday, will reopen in June.", "mayor: The bridge will reopen in June");
        assertClaims("“We live in a hard country,” my father often said.", "father: We live in a hard country");
        assertClaims("His ex-wife agreed, but also contended that she should not have to sacrifice her privacy.",
                "ex-wife: she should not have to sacrifice her privacy");
        assertClaims("He met leaders of the unions, many of whom say the plan is unfounded.",
                "wire: He met leaders of the unions", "leaders of the unions: the plan is unfounded");
        assertClaims("Although the mayor lacks a signature achievement, elected officials from both parties say she works hard.",
                "elected officials from both parties: she works hard");
    }

    @Test
    void relativeClausesAndWhereAClaimEnds() {
        assertClaims("The cargo backlog was blamed on the port authority, which has strongly denied that its cranes broke down.",
                "wire: The cargo backlog was blamed on the port authority", "port authority denies: its cranes broke down");
        assertClaims("The mill, which is based in Leeds, cut 40 jobs, according to the union.", "union: The mill cut 40 jobs");
        assertClaims("The minister said the bridge would reopen in May and suggested that tolls would rise.",
                "minister: the bridge would reopen in May", "minister: tolls would rise");
        assertClaims("The vote went badly for the mayor, and the session ended early, one GOP aide in the room said.",
                "one gop aide in the room: The vote went badly for the mayor, and the session ended early");
        assertClaims("Mayor Dana Holm criticized the new trade deals and called for steep tariffs on imported steel.",
                "dana holm: Dana Holm criticized the new trade deals", "dana holm: Dana Holm called for steep tariffs on imported steel");
        assertClaims("Senator Holm described the budget as a disgrace after she read the audit.",
                "holm: Holm described the budget as a disgrace");
    }

    @Test
    void subjectsWithAModifierBeforeTheVerb() {
        assertClaims("Those close to the mayor say the tunnel will be finished by spring.",
                "those close to the mayor: the tunnel will be finished by spring");
        assertClaims("Local pilots in Norland and along the coast say the new buoys are misplaced.",
                "local pilots in norland and along the coast: the new buoys are misplaced");
        assertClaims("All the engineers I interviewed said the bridge was sound.", "engineers: the bridge was sound");
        assertClaims("One of the doctors who signed the letter said the clinic was understaffed.",
                "one of the doctors: the clinic was understaffed");
    }

    @Test
    void listenersWithoutThatAndClaimsThatGoOn() {
        assertClaims("Governor Ana Reyes told farmers in Tulare this weekend she would veto the water bill.",
                "ana reyes: she would veto the water bill");
        assertClaims("The coach told a local radio host on Monday how worried he is about the roster.",
                "coach: how worried he is about the roster");
        assertClaims("The union accused the operator of cutting safety checks and asserted that two inspectors had quit.",
                "union: the operator cutting safety checks", "union: two inspectors had quit");
        assertClaims("Council members said the delay was not deliberate; they only learned of the fault on Friday.",
                "council members: the delay was not deliberate", "council members: they only learned of the fault on Friday");
    }

    @Test
    void auxiliaryVerbsBeforeTheSpeechVerbAndStancesInProgress() {
        assertClaims("The harbour master continues to insist that the pier is safe.", "harbour master: the pier is safe");
        assertClaims("The council appeared to suggest that the library would close.", "council: the library would close");
        assertClaims("Mayor Ruiz is promising cheaper buses and longer opening hours.",
                "ruiz: Ruiz is promising cheaper buses and longer opening hours");
        assertClaims("Union leaders met the board on Friday, vowing to strike if the pay offer stands.",
                "union leaders: Union leaders vowing to strike if the pay offer stands");
    }

    @Test
    void documentsTailsAndSpeechWordsUsedAsNouns() {
        assertClaims("Chief engineer Rosa Lind called the council's claims “simply false” on Monday.",
                "rosa lind: Rosa Lind called the council's claims “simply false” on Monday");
        assertClaims("Rosa Lind said in an interview with a local weekly, “The dam will hold.”", "rosa lind: The dam will hold");
        assertClaims("“The fire was small and contained,” the port company said as it denied any injuries on the quay.",
                "port company: The fire was small and contained", "port company denies: any injuries on the quay");
        assertClaims("The delay followed reports of an assessment from the Norland Rail Agency that estimated the repairs would take a year.",
                "norland rail agency: the repairs would take a year");
        assertClaims("A safety memo presented by the union on Friday said that the cranes were never inspected.",
                "safety memo: the cranes were never inspected");
        assertClaims("The mill owner rejected the accounts, adding in a letter that no worker was hurt.", "mill owner: no worker was hurt");
    }

    @Test
    void pollAnswersAndSubjectsTheTaggerMisreads() {
        assertClaims("Nearly half said the ferry fares were too high.", "nearly half: the ferry fares were too high");
        assertClaims("Six in 10 say the mayor is doing a good job.", "six in 10: the mayor is doing a good job");
        assertClaims("By a wide margin, those surveyed say the tunnel should be built.", "those surveyed: the tunnel should be built");
        assertClaims("The harbour will reopen next week, the admiral said.", "admiral: The harbour will reopen next week");
        assertClaims("Lind and others who oppose the toll said the vote was rushed.", "lind and others: the vote was rushed");
    }

    @Test
    void aClaimNamedAndCalledFalseIsDenied() {
        assertClaims("“What the union is claiming about closing three depots is simply not true,” the manager said.",
                "manager denies: the union closing three depots");
        assertClaims("The ministry said the reports that the dam had burst were false.", "ministry denies: the dam had burst");
        List<Polarity> polarities = extractor.extract(splitter.split("The ministry said the reports that the dam had burst were false."),
                SourceActors.of("Wire", null)).stream().map(Claim::polarity).toList();
        assertEquals(List.of(Polarity.DENIES), polarities);
    }

    @Test
    void possessorsAndTitlesOfAPlace() {
        assertClaims("Norland's port authorities said the ferries would run on time.", "norland's port authorities: the ferries would run on time");
        assertClaims("The Chief Inspector of Norland said to reporters that the bridge was safe.",
                "chief inspector of norland: the bridge was safe");
    }

    @Test
    void accountsOfAThingNamedByTheWriter() {
        assertClaims("Nine people died in a fire at the Alder Street depot that fire officials said was caused by a faulty heater "
                        + "but that the owners blamed on arsonists.",
                "wire: Nine people died in a fire at the Alder Street depot",
                "fire officials: a fire at the Alder Street depot was caused by a faulty heater",
                "owners: arsonists caused a fire at the Alder Street depot");
        assertClaims("The port police blamed a faulty crane for the collapse, while the union blamed a missed inspection.",
                "port police: a faulty crane caused the collapse", "union: a missed inspection was to blame");
    }

    @Test
    void acronymsAndTheStatementOfWhoeverIssuedIt() {
        assertClaims("The Norland Ferry Company (NFC) said the crossing was safe. "
                        + "Later, the NFC dismissed the rumours, stating in a release that “no ferry was damaged,” according to the Courier. "
                        + "“The rumours are untrue,” the statement continued.",
                "norland ferry company: the crossing was safe", "norland ferry company: no ferry was damaged",
                "norland ferry company: The rumours are untrue");
    }

    @Test
    void denialsThatNameWhoseClaimTheyAnswer() {
        assertClaims("The ministry denied Valdoria's claim that the dam had been mined.",
                "ministry denies: the dam had been mined", "valdoria: the dam had been mined");
        assertClaims("The company rejected a Harwell Union allegation that wages were cut.",
                "company denies: wages were cut", "harwell union: wages were cut");
        assertClaims("Officials dismissed claims by the regional governor that the plant was closed.",
                "officials denies: the plant was closed", "regional governor: the plant was closed");
        assertClaims("The company rejected a Harwell Union allegation that wages were cut, saying pay had risen.",
                "company denies: wages were cut", "company: pay had risen", "harwell union: wages were cut");
    }

    @Test
    void aDenialWithItsReasonAndARefutationPointingBack() {
        assertClaims("The navy denied responsibility for the spill, saying its tankers were in port.",
                "navy denies: The navy was responsible for the spill", "navy: its tankers were in port");
        assertClaims("“We are aware of rumours suggesting injuries at the gates. They are untrue,” the club said.",
                "club: We are aware of rumours suggesting injuries at the gates", "club denies: injuries at the gates");
    }

    /** "ministry denies: the dam had burst": a denial read as an assertion fails the expectation. */
    private static String verb(Polarity polarity) {
        return switch (polarity) {
            case ASSERTS -> "";
            case DENIES -> " denies";
            case ASKS -> " asks";
            case INTENDS -> " intends";
        };
    }

    private void assertClaims(String text, String... expected) {
        List<String> got = extractor.extract(splitter.split(text), SourceActors.of("Wire", null)).stream()
                .map(c -> c.actor().name().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "") + verb(c.polarity()) + ": " + c.text())
                .toList();
        assertEquals(List.of(expected), got);
    }
}
