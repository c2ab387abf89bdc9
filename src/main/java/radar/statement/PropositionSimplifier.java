package radar.statement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a claim to the proposition it asserts, which is what a small NLI model reads well:
 * leading scene-setting ("Even last night, after Putin's call, when …, 150 drones were
 * launched"), a trailing commentary participle ("…, contradicting Putin's commitment") and a
 * trailing time anchor ("… halted its attacks following Putin's call with Trump") go: the model
 * reads such adjuncts as extra content and answers "neutral". Conditions ("If …, then …") and
 * negations stay: they change what is asserted.
 */
final class PropositionSimplifier {

    /** A leading adverbial chunk that ends at a comma: time, sequence, concession, scene. */
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "^(?:(?:even|just|only|also|yet|still|and|but|so)\\s+)?"
                    + "(?:(?:last|this|next|on|in|at|during|after|before|when|while|since|following|despite|amid|as|hours|days|weeks|months"
                    + "|earlier|later|overnight|yesterday|today|tonight|meanwhile|shortly|immediately|separately|again|now|then)\\b)"
                    + "[^,;:“”\"]{0,120},\\s+", Pattern.CASE_INSENSITIVE);
    /** A trailing participle of comment or evidence, not of content: ", contradicting …". */
    private static final Pattern TRAILING_COMMENT = Pattern.compile(
            ",\\s+(?:contradicting|countering|challenging|citing|echoing|underscoring|highlighting|signalling|signaling|raising|prompting|sparking"
                    + "|according to|in a move|in what)\\b.*$", Pattern.CASE_INSENSITIVE);
    /** A trailing time anchor: "… had halted its attacks following Putin's call with Trump". */
    private static final Pattern TRAILING_TIME = Pattern.compile(
            ",?\\s+(?:following|after|amid|in the wake of)\\s+[^,;:“”\"]{3,80}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_END = Pattern.compile(
            "(?i)\\b(?:day|days|hour|hours|week|weeks|month|months|minutes|shortly|soon|just|long|immediately|right)$");
    private static final int MIN_WORDS_LEFT = 4;
    private static final Pattern WRITER_GOES_ON = Pattern.compile(
            ",\\s+(?:though|although|even though|which|whereas)\\s|,\\s+but\\s+(?:he|she|they)\\s");

    private static final Pattern EMBEDDED_RELATIVE = Pattern.compile(
            ",\\s+(?:which|who)\\s+[^,;“”\"]{1,60},\\s+(?=(?!(?:and|but|or|which|who|while|though|although|whereas|as|so)\\b)[a-z])");

    /** ", the presumed favourite" after a name at the end: the writer's description, not the speaker's claim. */
    private static final Pattern FINAL_APPOSITIVE = Pattern.compile(
            "(?<=\\b[A-Z][\\p{L}.]{1,30}|\\))\\s*,\\s+(?:the|a|an)\\s+[^,;:“”\"]{2,100}$");

    private PropositionSimplifier() {}

    static String simplify(String claim) {
        String s = claim;
        Matcher lead;
        while ((lead = LEADING_ADVERBIAL.matcher(s)).find()) {
            String rest = s.substring(lead.end());
            if (words(rest) < MIN_WORDS_LEFT) break;
            s = rest;
        }
        for (Pattern tail : new Pattern[] {TRAILING_COMMENT, TRAILING_TIME}) {
            String trimmed = tail.matcher(s).replaceFirst("");
            // "… a day after the call" keeps its anchor: the duration needs it.
            if (words(trimmed) >= MIN_WORDS_LEFT && !DURATION_END.matcher(trimmed).find()) s = trimmed;
        }
        return s;
    }

    /**
     * What a speaker is reported to say ends where the writer goes on: at a concession (", though she noted …") or a non-restrictive relative clause (", which forced
     * her to leave …"). Only for attributed claims: an outlet's own sentence is all its own.
     */
    static String ownWordsOnly(String claim) {
        // "the company, which is based in St. Louis, took steps …": a relative clause inside the claim is an aside.
        Matcher embedded = EMBEDDED_RELATIVE.matcher(claim);
        if (embedded.find() && !Quotes.insideQuote(claim, embedded.start())) {
            return ownWordsOnly(claim.substring(0, embedded.start()) + " " + claim.substring(embedded.end()));
        }
        Matcher appositive = FINAL_APPOSITIVE.matcher(claim);
        if (appositive.find() && !Quotes.insideQuote(claim, appositive.start()) && words(claim.substring(0, appositive.start())) >= MIN_WORDS_LEFT) {
            return ownWordsOnly(claim.substring(0, appositive.start()));
        }
        Matcher aside = WRITER_GOES_ON.matcher(claim);
        while (aside.find()) {
            if (Quotes.insideQuote(claim, aside.start())) continue;
            String kept = claim.substring(0, aside.start());
            return words(kept) >= MIN_WORDS_LEFT ? kept : claim;
        }
        return claim;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** Trims quote marks, dangling punctuation and a final full stop around a claim. */
    static String clean(String claim) {
        String previous, s = claim;
        do {
            previous = s;
            s = s.strip()
                    .replaceAll("^[“”\"'‘’\\s,:;—–-]+", "")
                    .replaceAll("[“”\"‘\\s,:;—–-]+$", "")
                    .replaceAll("[.]+$", "")
                    .replaceFirst("^(?:Also|However|Meanwhile|Still|But|And|Instead|Now|Unfortunately),?\\s+", "");
        } while (!s.equals(previous));
        // A quote cut by the claim boundary: "… negotiations were “on track" loses its dangling mark.
        if (s.chars().filter(c -> c == '“').count() > s.chars().filter(c -> c == '”').count()) {
            int last = s.lastIndexOf('“');
            s = s.substring(0, last) + s.substring(last + 1);
        }
        return s.strip();
    }
}
