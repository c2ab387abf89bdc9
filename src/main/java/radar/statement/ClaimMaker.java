package radar.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import radar.sentence.Sentence;

/**
 * Turns what a speaker says into claims, whoever found the attribution (the tagger or the rules):
 * the proposition cleaned of its frame, a leading "I" or "we" replaced by the speaker, questions
 * kept as questions, a claim that calls another false read as a denial.
 */
final class ClaimMaker {

    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’)]*\\s*$");

    private final SpeakerFinder speakers;

    ClaimMaker(SpeakerFinder speakers) {
        this.speakers = speakers;
    }

    List<Claim> claims(Sentence sentence, Speaker speaker, List<String> claims, Polarity polarity, ArticleContext context) {
        List<Claim> out = new ArrayList<>();
        for (String claim : claims) {
            String cleaned = PropositionSimplifier.clean(PropositionSimplifier.simplify(PropositionSimplifier.clean(claim)));
            if (!speaker.actor().equals(context.source)) cleaned = speakers.selfReference(PropositionSimplifier.ownWordsOnly(cleaned), speaker);
            if (cleaned.split("\\s+").length < AttributionRules.MIN_CLAIM_WORDS) continue;
            // "what the guild says about the layoffs is false": the speaker denies the guild's claim.
            DisputeFrames.Framed refuted = polarity == Polarity.ASSERTS ? DisputeFrames.calledFalse(cleaned) : null;
            Polarity own = refuted != null ? refuted.polarity() : polarity;
            if (refuted != null) cleaned = refuted.proposition();
            // A question someone asked is theirs to list (never paired); the outlet's own questions are no statements.
            boolean question = QUESTION.matcher(cleaned).find();
            if (question && speaker.actor().equals(context.source)) continue;
            out.add(new Claim(context.asWritten(sentence), cleaned, speaker.actor(), speaker.asWritten(), question ? Polarity.ASKS : own));
        }
        return out;
    }

    /** "… reports of a leak at the plant. They are false": the second sentence denies what the first named. */
    static List<Claim> refutationsPointingBack(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims);
        for (int i = 1; i < out.size(); i++) {
            Claim previous = out.get(i - 1), claim = out.get(i);
            if (claim.polarity() != Polarity.ASSERTS || !claim.actor().equals(previous.actor())
                    || claim.sentence().paragraph() != previous.sentence().paragraph()) continue;
            DisputeFrames.Framed denied = DisputeFrames.pointsBack(claim.text(), previous.text());
            if (denied != null) out.set(i, new Claim(claim.sentence(), denied.proposition(), claim.actor(), claim.actorAsWritten(), denied.polarity()));
        }
        return out;
    }
}
