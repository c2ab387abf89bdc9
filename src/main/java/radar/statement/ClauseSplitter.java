package radar.statement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into the clauses that carry one speaker's claim each, and drops what belongs to
 * no claim (a dateline). "…, something the company has since denied" becomes a clause of its own:
 * "the company denied that …".
 */
final class ClauseSplitter {

    private static final Pattern LEADING_SUBORDINATE = Pattern.compile("^(?:While|Although|Though|Whereas)\\s+");
    private static final Pattern RELATIVE_SPEECH = Pattern.compile("^(?<main>.+?),\\s+(?:(?:many|some|most|all|several|both|one) of\\s+)?(?:who|whom|which)\\s+(?<rest>.+)$");
    private static final Pattern BARE_AND = Pattern.compile("\\s+and\\s+");
    private static final int MIN_WORDS_BEFORE_BARE_AND = 5;
    private static final Pattern CLAUSE_JOINT = Pattern.compile(",\\s+(?:while|whereas|with|and|but|though|although)\\s+");
    /** "LONDON (AP) – ", "WASHINGTON, June 3 (Reuters) - ": where and who filed it, not what anyone claims. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z .,'’-]{1,40}(?:,\\s*[A-Z][a-z]+\\.?\\s+\\d{1,2})?\\s*(?:\\([^)]{1,40}\\))?\\s*[–—-]{1,2}\\s+");
    /** "X, something the company has since denied": the relative clause is the company's denial of X. */
    private static final Pattern RELATIVE_DENIAL = Pattern.compile(
            "^(?<claim>.+?),\\s+(?:something|a claim|claims|an allegation|allegations|a charge|an accusation|a report|reports|which)\\s+(?:that\\s+)?"
                    + "(?<who>[^,“”\"]{2,60}?)\\s+(?:(?:has|have|had)\\s+)?(?:since\\s+|strongly\\s+|repeatedly\\s+|flatly\\s+|quickly\\s+)?"
                    + "(?<verb>denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|called (?:false|fabricated|baseless|untrue|a lie))[.]?$");

    /** "“…,” the foundation said as it denied any injuries": the quote, and the speaker's denial. */
    private static final Pattern SAID_AS_IT_DENIED = Pattern.compile(
            "^(?<main>.+\\s(?:said|says|added|stated))\\s+as\\s+(?<denial>(?:it|he|she|they)\\s+(?:denied|rejected|dismissed|disputed)\\s+.+)$");

    /**
     * "… killed in a blast that health authorities said was caused by an air strike but that the
     * army blamed on a failed rocket": what the writer reports, then each speaker's account of the
     * thing named.
     */
    private static final Pattern SAID_OF_A_THING = Pattern.compile(
            "^(?<before>.*?\\b(?<np>(?:a|an|the)\\s+[^,;“”\"]{3,80}?))\\s+that\\s+(?<who>[^,;“”\"]{2,60}?)\\s+(?:said|says|say|claimed|claims|claim)"
                    + "\\s+(?<rest>(?:was|were|is|are|had been|has been|would be)\\s+[^;“”\"]+?)"
                    + "(?:\\s+but\\s+that\\s+(?<other>[^,;“”\"]{2,60}?)\\s+(?:blamed|blames)\\s+on\\s+(?<cause>[^,;“”\"]+?))?[.]?$");

    private final AttributionRules rules;

    ClauseSplitter(AttributionRules rules) {
        this.rules = rules;
    }

    private static boolean commaBeforeVerb(String clause) {
        Matcher verb = SpeechVerbs.ANY.matcher(clause);
        return verb.find() && clause.substring(0, verb.start()).contains(",");
    }

    /**
     * A sentence that carries two claims by two actors is read as two clauses: "While Washington
     * has characterized X, Y", "Russia claims X, while Ukraine says Y", "X, with analysts
     * suggesting that Y". Split only where the reported clause names its speaker.
     */
    List<String> of(String sentence, ArticleContext context) {
        String text = DATELINE.matcher(sentence).replaceFirst("");
        Matcher saidAsDenied = SAID_AS_IT_DENIED.matcher(text);
        if (saidAsDenied.matches() && !Quotes.insideQuote(text, saidAsDenied.start("denial"))) {
            return List.of(saidAsDenied.group("main"), saidAsDenied.group("denial"));
        }
        Matcher thing = SAID_OF_A_THING.matcher(text);
        if (thing.matches()) {
            String np = thing.group("np"), account = thing.group("who") + " said " + np + " " + thing.group("rest");
            if (rules.attribution(account, context) != null) {
                List<String> parts = new java.util.ArrayList<>(List.of(thing.group("before"), account));
                if (thing.group("other") != null) parts.add(thing.group("other") + " blamed " + thing.group("cause") + " for " + np);
                return parts;
            }
        }
        Matcher relative = RELATIVE_DENIAL.matcher(text);
        if (relative.matches()) {
            String claim = relative.group("claim");
            return List.of(claim, relative.group("who") + " denied that " + claim);
        }
        // "The plan was backed by Senator Holm, who said the link would pay for itself": the
        // source's clause, and the senator's claim.
        Matcher relativeSpeech = RELATIVE_SPEECH.matcher(text);
        if (relativeSpeech.matches() && SpeechVerbs.finiteVerbNearStart(relativeSpeech.group("rest"))
                && !Quotes.insideQuote(text, relativeSpeech.start("rest"))) {
            String main = relativeSpeech.group("main");
            if (main.split("\\s+").length >= AttributionRules.MIN_CLAIM_WORDS && rules.attribution(text, context) != null) return List.of(main, text);
        }
        Matcher leading = LEADING_SUBORDINATE.matcher(text);
        if (leading.find()) {
            int comma = Quotes.commaOutsideQuotes(text, leading.end());
            if (comma > 0) {
                String reported = text.substring(leading.end(), comma), main = text.substring(comma + 1).strip();
                if (rules.attribution(reported, context) != null && main.split("\\s+").length >= AttributionRules.MIN_CLAIM_WORDS) return List.of(reported, main);
            }
        }
        Matcher joint = CLAUSE_JOINT.matcher(text);
        while (joint.find()) {
            if (Quotes.insideQuote(text, joint.start())) continue;
            String first = text.substring(0, joint.start()), second = text.substring(joint.end());
            // "…, and the union said …" is a second speaker; "…, and Il-78 aircraft, adding …" is not.
            if (joint.group().matches("(?s).*\\b(?:and|but|though|although)\\b.*")) {
                // "…, and the meeting ended there, said one source": one closing attribution for the whole sentence.
                if (!SpeechVerbs.finiteVerbNearStart(second) || commaBeforeVerb(second)) continue;
            } else if (joint.group().contains("with") && !SpeechVerbs.participleNearStart(second)) {
                continue; // "…, with analysts suggesting that …" reports speech; "…, with explosions reported in …" does not
            }
            if (rules.attribution(second, context) != null) return List.of(first, second);
        }
        // "A civil defence chief said 300 people were killed and a ministry official said 500 were": two speakers, no comma.
        Matcher and = BARE_AND.matcher(text);
        while (and.find()) {
            if (Quotes.insideQuote(text, and.start())) continue;
            String first = text.substring(0, and.start()), second = text.substring(and.end());
            if (first.split("\\s+").length < MIN_WORDS_BEFORE_BARE_AND || !SpeechVerbs.finiteVerbNearStart(second)) continue;
            if (rules.attribution(first, context) != null && rules.attribution(second, context) != null) return List.of(first, second);
        }
        return List.of(text);
    }
}
