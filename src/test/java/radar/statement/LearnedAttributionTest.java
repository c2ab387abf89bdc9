package radar.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;

/**
 * What LearnedAttribution makes of tagged spans, with the spans given by hand (made-up sentences):
 * the linking of content to cue to source, and the resolution of a source phrase to an actor, are
 * rules and are tested as such; the tagger itself is measured on PolNeAR (README "Attribution").
 */
class LearnedAttributionTest {

    private static final Actor OUTLET = new Actor("wire", "Wire", Actor.OUTLET, null, null, null, List.of());
    private final SpeakerFinder speakers = new SpeakerFinder(new ActorRegistry(Optional.empty()), new SubjectPhrase(new Grammar()));

    /** One tagged span: its role and the words it covers (the n-th time they occur in the paragraph, from 1). */
    private record Mark(Role role, String words, int occurrence) {
        Mark(Role role, String words) {
            this(role, words, 1);
        }
    }

    private static Mark src(String w) { return new Mark(Role.SOURCE, w); }
    private static Mark cue(String w) { return new Mark(Role.CUE, w); }
    private static Mark con(String w) { return new Mark(Role.CONTENT, w); }

    /** Claims as "actor | polarity | text". */
    private List<String> claims(String text, Mark... marks) {
        SpanTagger tagger = paragraphs -> {
            List<List<Span>> out = new ArrayList<>();
            for (String p : paragraphs) {
                List<Span> spans = new ArrayList<>();
                for (Mark m : marks) {
                    int at = -1;
                    for (int i = 0; i < m.occurrence(); i++) at = p.indexOf(m.words(), at + 1);
                    if (at >= 0) spans.add(new Span(m.role(), at, at + m.words().length()));
                }
                spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
                out.add(spans);
            }
            return out;
        };
        List<Claim> claims = new LearnedAttribution(tagger, speakers).extract(new SentenceSplitter().split(text), new ArticleContext(OUTLET));
        return claims.stream().map(c -> c.actor().name() + " | " + c.polarity().name().toLowerCase() + " | " + c.text()).toList();
    }

    @Test
    void eachContentGoesToTheSpeakerOfItsOwnCue() {
        List<String> got = claims("Rome said the talks had failed, while Paris said that the talks had succeeded.",
                src("Rome"), cue("said"), con("the talks had failed"), src("Paris"), new Mark(Role.CUE, "said", 2), con("that the talks had succeeded"));
        assertEquals(2, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("Rome | asserts | the talks had failed"), got.toString());
        assertTrue(got.get(1).startsWith("Paris | asserts | the talks had succeeded"), got.toString());
    }

    @Test
    void aPerfectTenseReportIsTheSpeakersNotTheOutlets() {
        List<String> got = claims("The agency has said it stopped the shipments in May.",
                src("The agency"), cue("has said"), con("it stopped the shipments in May"));
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("the agency | asserts |"), got.toString());
    }

    @Test
    void aQuoteRunningOnIntoTheNextSentenceKeepsItsSpeaker() {
        List<String> got = claims("“The plant is safe,” the mayor said on Monday. “Nobody was hurt in the fire.”",
                con("“The plant is safe,”"), src("the mayor"), cue("said"), con("“Nobody was hurt in the fire.”"));
        assertEquals(2, got.size(), got.toString());
        assertTrue(got.stream().allMatch(c -> c.startsWith("the mayor |")), got.toString());
    }

    @Test
    void aPronounPointsBackToThePersonNamedBefore() {
        List<String> got = claims("Maria Lopez chairs the regional board. She said the vote had been rigged.",
                src("She"), cue("said"), con("the vote had been rigged"));
        assertTrue(got.contains("Wire | asserts | Maria Lopez chairs the regional board"), got.toString());
        assertTrue(got.stream().anyMatch(c -> c.startsWith("Maria Lopez | asserts | the vote had been rigged")), got.toString());
    }

    @Test
    void aWordThatNamesNoActorLeavesTheClaimWithTheOutlet() {
        List<String> got = claims("Some said the bridge had collapsed overnight.", src("Some"), cue("said"), con("the bridge had collapsed overnight"));
        assertEquals(List.of("Wire | asserts | the bridge had collapsed overnight"), got);
    }

    @Test
    void aDenialCueMakesTheContentDenied() {
        List<String> got = claims("The ministry denied that the dam had cracked.", src("The ministry"), cue("denied"), con("that the dam had cracked"));
        assertEquals(List.of("the ministry | denies | the dam had cracked"), got);
    }

    @Test
    void aSentenceWithNoSpanIsTheOutletsAndAQuestionSomeoneAskedIsTheirs() {
        List<String> got = claims("Floods closed the coastal road on Sunday. “Will the road reopen soon?” the governor asked.",
                con("“Will the road reopen soon?”"), src("the governor"), cue("asked"));
        assertEquals(List.of("Wire | asserts | Floods closed the coastal road on Sunday", "the governor | asks | Will the road reopen soon?"), got);
    }

    @Test
    void aSourceBetweenACueAndItsContentIsWhomItWasSaidTo() {
        List<String> got = claims("Mayor Ana Ruiz is telling a farmers group that the dam is safe and says the levees will hold.",
                src("Mayor Ana Ruiz"), cue("is telling"), src("group"), con("that the dam is safe"), cue("says"), con("the levees will hold"));
        assertEquals(2, got.size(), got.toString());
        assertTrue(got.stream().allMatch(c -> c.startsWith("Ana Ruiz |")), got.toString());
    }

    @Test
    void aCueAfterAConjunctionIsNotTheCueOfTheContentBeforeIt() {
        List<String> got = claims("The governor wrote that the bridge was unsafe and ordered crews to close the road by noon.",
                src("The governor"), cue("wrote"), con("that the bridge was unsafe and"), cue("ordered"), con("crews to close the road by noon"));
        assertTrue(got.stream().anyMatch(c -> c.startsWith("the governor | asserts | the bridge was unsafe")), got.toString());
    }

    @Test
    void aCueClosingAParagraphWithAColonOpensTheQuoteAfterIt() {
        List<String> got = claims("Inspector Joan Avery spoke after the hearing. She said:\n“The pumps failed twice before the flood.”",
                src("She"), cue("said"), con("“The pumps failed twice before the flood.”"));
        assertTrue(got.stream().anyMatch(c -> c.endsWith("Joan Avery | asserts | The pumps failed twice before the flood")), got.toString());
    }

    @Test
    void anIntentionIsListedForItsSpeakerAndTheSentenceStaysTheOutletsToo() {
        List<String> got = claims("The ministry agreed to a truce, pledging not to shell the port.",
                src("The ministry"), cue("pledging"), con("not to shell the port"));
        assertTrue(got.contains("the ministry | intends | pledging not to shell the port"), got.toString());
        assertTrue(got.stream().anyMatch(c -> c.startsWith("Wire | asserts | The ministry agreed to a truce")), got.toString());
    }

    @Test
    void theOutletsOwnClauseBesideAReportIsKept() {
        List<String> got = claims("While the council called the plan “a step forward,” there has been no vote on it since March.",
                src("the council"), cue("called"), con("the plan “a step forward,”"));
        assertTrue(got.stream().anyMatch(c -> c.startsWith("the council | asserts |")), got.toString());
        assertTrue(got.contains("Wire | asserts | there has been no vote on it since March"), got.toString());
    }

    @Test
    void wordsLeadingIntoAReportAreNoClauseOfTheirOwn() {
        // An opening phrase ("Speaking to reporters in the capital,") and a stretch that runs on into a span are no statements.
        List<String> got = claims("Speaking to reporters in the capital on Monday, the minister said the border would reopen.",
                src("the minister"), cue("said"), con("the border would reopen"));
        assertEquals(List.of("the minister | asserts | the border would reopen"), got.stream().map(c -> c.replaceFirst("\\.$", "")).toList());
        got = claims("The report has not convinced the board members that the plan would cut costs, aides said.",
                con("that the plan would cut costs"), src("aides"), cue("said"));
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("the aides | asserts | the plan would cut costs"), got.toString());
    }

    @Test
    void aNameAndItsAppositiveMarkedAsTwoSourcesAreOneSpeaker() {
        // The tagger broke the source at the comma: the description is the name's, not a speaker of its own.
        List<String> got = claims("The Lakeside Institute, a research group in Denver, said the dam was safe.",
                src("The Lakeside Institute"), src("a research group in Denver,"), cue("said"), con("the dam was safe"));
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("the lakeside institute | asserts | the dam was safe"), got.toString());
        // After a preposition the first span is no subject: the speaker is the one after the comma.
        got = claims("In a memo, the agency said the dam was safe.", src("a memo"), src("the agency"), cue("said"), con("the dam was safe"));
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.get(0).startsWith("the agency | asserts | the dam was safe"), got.toString());
    }

    @Test
    void aQuoteSignedWithADashIsTheSignersOnItsLineOrTheNext() {
        // One quote per paragraph, each signed: without the dash as the cue, a quote would go to whoever signed the one before.
        String text = "“The bridge must be rebuilt before winter.” ― Ana Ruiz\n\n“Nobody listened to the farmers.” ― Tom Reyes";
        assertEquals(Sentence.Kind.BODY, new SentenceSplitter().split(text).get(0).kind(), "a signed quote is no heading");
        List<String> got = claims(text, con("“The bridge must be rebuilt before winter.”"), src("Ana Ruiz"), con("“Nobody listened to the farmers.”"), src("Tom Reyes"));
        assertEquals(List.of("Ana Ruiz | asserts | The bridge must be rebuilt before winter", "Tom Reyes | asserts | Nobody listened to the farmers"),
                got.stream().map(c -> c.replaceFirst("\\.$", "")).toList());
        // The signature on a line of its own, which the splitter reads as a bullet ("- Name"), signs the paragraph above it.
        got = claims("“Nobody listened to the farmers.”\n\n- Tom Reyes", con("“Nobody listened to the farmers.”"), src("Tom Reyes"));
        assertEquals(List.of("Tom Reyes | asserts | Nobody listened to the farmers"), got.stream().map(c -> c.replaceFirst("\\.$", "")).toList());
    }

    @Test
    void aDashInsideASentenceSetsOffAnAsideNotASignature() {
        String text = "The council regretted its slip - “why wait?” - farmers said on Monday.";
        int quote = text.indexOf('“'), farmers = text.indexOf("farmers");
        List<Span> spans = List.of(new Span(Role.CONTENT, quote, text.indexOf('”') + 1), new Span(Role.SOURCE, farmers, farmers + "farmers".length()));
        assertEquals(spans, SpanMends.bylineCues(spans, text));
    }

    @Test
    void aRelativePronounTakenWithTheWordsAfterItIsStillTheNounItHangsOn() {
        List<String> got = claims("The plan came from Ana Ruiz, who in 2010 said the dam was safe.", src("who in 2010"), cue("said"), con("the dam was safe"));
        // The speaker is Ana Ruiz (named here, unknown to the empty registry), not "who in 2010".
        assertTrue(got.stream().anyMatch(c -> c.toLowerCase().matches("(the )?ana ruiz \\| asserts \\| the dam was safe\\.?")), got.toString());
    }

    @Test
    void aParticipleOfSayingAfterAClauseWithNoSourceIsTheClauseSubjects() {
        List<String> got = claims("The union stood by its demands on Tuesday, saying that workers would strike next week.",
                cue("saying"), con("that workers would strike next week"));
        assertTrue(got.stream().anyMatch(c -> c.startsWith("the union | asserts | workers would strike next week")), got.toString());
    }

    @Test
    void aParticipleHangingOnANounOrNotOfSayingStaysTheOutlets() {
        // "Rumors, claiming P, spread": no clause before the participle. "…, showing P": not a verb of saying.
        List<String> rumour = claims("Rumors, claiming that the mayor had resigned, spread quickly.", cue("claiming"), con("that the mayor had resigned"));
        assertTrue(rumour.stream().anyMatch(c -> c.startsWith("Wire | asserts | the mayor had resigned")), rumour.toString());
        List<String> picture = claims("The mayor posted a photo online, showing that the bridge had reopened.", cue("showing"), con("that the bridge had reopened"));
        assertTrue(picture.stream().noneMatch(c -> c.startsWith("the mayor")), picture.toString());
    }

    @Test
    void aSpeakerSetOffByCommasInsideWhatTheySayGetsItWhole() {
        List<String> got = claims("The bridge, the mayor said on Monday, will reopen in June.", con("The bridge,"), src("the mayor"), cue("said"), con("will reopen in June"));
        assertEquals(List.of("the mayor | asserts | The bridge will reopen in June"), got);
        // a verb the tagger left out after the parenthesis is read with the rest
        got = claims("The pier, the harbour master said, needs new piles before winter.", con("The pier"), src("the harbour master"), cue("said"), con("new piles before winter"));
        assertEquals(List.of("the harbour master | asserts | The pier needs new piles before winter"), got);
    }

    @Test
    void aSettingBeforeAParentheticalSpeakerIsNoSubjectToJoin() {
        List<String> got = claims("Since May, the agency said, the river has risen by a metre.", con("Since May"), src("the agency"), cue("said"), con("the river has risen by a metre"));
        assertTrue(got.stream().anyMatch(c -> c.startsWith("the agency | asserts | the river has risen by a metre")), got.toString());
        assertTrue(got.stream().noneMatch(c -> c.contains("Since May the river")), got.toString());
    }

    @Test
    void aSourceWhoseHeadNounCannotSpeakLeavesTheClaimWithTheOutlet() {
        // a state of affairs and an act are no speakers, and the claim does not pass to the other source in the sentence
        List<String> got = claims("While the mayor praised the repairs, the situation in the harbour suggests a long winter.",
                src("the mayor"), cue("praised"), con("the repairs"), src("the situation in the harbour"), cue("suggests"), con("a long winter"));
        assertTrue(got.contains("Wire | asserts | a long winter"), got.toString());
        got = claims("The union's repeated strikes show that the port cannot cope.", src("The union's repeated strikes"), cue("show"), con("that the port cannot cope"));
        assertTrue(got.size() == 1 && got.get(0).startsWith("Wire | asserts |") && got.get(0).contains("the port cannot cope"), got.toString());
        // a body, a document and a poll do speak
        got = claims("The ministry's latest report shows that the port cannot cope.", src("The ministry's latest report"), cue("shows"), con("that the port cannot cope"));
        assertEquals(List.of("the latest report | asserts | the port cannot cope"), got);
        got = claims("Harbour workers said that the port cannot cope.", src("Harbour workers"), cue("said"), con("that the port cannot cope"));
        assertEquals(List.of("the harbour workers | asserts | the port cannot cope"), got);
    }

    @Test
    void aSentenceHoldingOnlyTheAttributionOfAQuoteBeforeItIsNoClaimOfTheOutlets() {
        // the splitter ends a sentence after the question mark and quote: "Governor Ana Ruiz asked …" stands alone
        List<String> got = claims("“Why should we wait? Who pays for the delay?” Governor Ana Ruiz asked in a radio interview.",
                con("“Why should we wait? Who pays for the delay?”"), src("Governor Ana Ruiz"), cue("asked"));
        assertTrue(!got.isEmpty() && got.stream().noneMatch(c -> c.startsWith("Wire")), got.toString());
        // a sentence that says more than who spoke keeps its own reading
        got = claims("“Why should we wait?” Governor Ana Ruiz asked, and the council adjourned until May.",
                con("“Why should we wait?”"), src("Governor Ana Ruiz"), cue("asked"));
        assertTrue(got.stream().anyMatch(c -> c.startsWith("Wire | asserts |") && c.contains("the council adjourned until May")), got.toString());
    }
}
