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
 * The failure classes seen on unseen news, one test each, on made-up sentences with none of their
 * actors in the registry. Each claim reads "actor [denies]: proposition".
 */
class AttributionFailureClassesTest {

    final SentenceSplitter splitter = new SentenceSplitter();
    final StatementExtractor extractor = StatementExtractor.rulesOnly(new ActorRegistry(Optional.empty()));

    @Test
    void aDatelineIsNeitherSpeakerNorProposition() {
        assertClaims("LONDON (AP) – The ministry said the bridge would reopen on Monday.",
                "ministry: the bridge would reopen on Monday");
        assertClaims("OSLO, March 3 (Reuters) - Floods closed three mountain roads overnight.",
                "wire: Floods closed three mountain roads overnight");
    }

    @Test
    void aCurlyApostropheKeepsTheOwnerInTheName() {
        assertClaims("Norland’s navy said the frigate had left port on Sunday.", "norland’s navy: the frigate had left port on Sunday");
    }

    @Test
    void capitalisedWordsOpeningAClauseAreNotSpeakers() {
        assertClaims("Separately, the port authority said the cranes had been idle for a week.",
                "port authority: the cranes had been idle for a week");
        assertClaims("The Joint Staff dismissed reports of a missile strike on the base as fabricated.",
                "joint staff denies: reports of a missile strike on the base");
    }

    @Test
    void framesOtherThanSaidGiveTheirProposition() {
        assertClaims("The union accused the company of cutting wages.", "union: the company cutting wages");
        assertClaims("The water board denied that the dam had cracked.", "water board denies: the dam had cracked");
        assertClaims("The mayor told reporters that the tap water was safe to drink.", "mayor: the tap water was safe to drink");
        assertClaims("The airline rejected claims that its pilots had been overworked.", "airline denies: its pilots had been overworked");
    }

    @Test
    void aRelativeClauseCanCarryASecondSpeakersDenial() {
        assertClaims("The plant leaked coolant into the river, something the company has since denied.",
                "wire: The plant leaked coolant into the river", "company denies: The plant leaked coolant into the river");
        assertClaims("Guards beat the protesters at the gate, a claim the interior ministry called fabricated.",
                "wire: Guards beat the protesters at the gate", "interior ministry denies: Guards beat the protesters at the gate");
    }

    @Test
    void itMeaningTheSpeakerBecomesTheSpeaker() {
        assertClaims("The regulator said it approved the merger in March.", "regulator: the regulator approved the merger in March");
        assertClaims("The regulator said it was still studying the merger.", "regulator: it was still studying the merger");
    }

    @Test
    void twoSpeakersJoinedByAndAreTwoClaims() {
        assertClaims("A company official said the line was repaired, and the union said the line was still broken.",
                "official: the line was repaired", "union: the line was still broken");
    }

    private void assertClaims(String text, String... expected) {
        List<String> got = extractor.extract(splitter.split(text), SourceActors.of("Wire", null)).stream()
                .map(c -> c.actor().name().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "").replaceFirst("^(company|an?) official$", "official")
                        + (c.polarity() == Polarity.DENIES ? " denies" : "") + ": " + c.text())
                .toList();
        assertEquals(List.of(expected), got);
    }
}
