package radar.statement;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verbs that introduce reported speech, and which of them take a clause we can strip to. */
final class SpeechVerbs {

    private SpeechVerbs() {}

    /** Verbs whose object is the claim itself: "X said (that) CLAIM", "X, noting CLAIM". */
    static final Set<String> FRAMING = Set.of(
            "said", "says", "saying", "say", "stated", "states", "stating",
            "claimed", "claims", "claiming", "insisted", "insists", "insisting",
            "added", "adds", "adding", "noted", "notes", "noting", "warned", "warns", "warning",
            "argued", "argues", "arguing", "announced", "announces", "announcing",
            "confirmed", "confirms", "confirming", "declared", "declares", "declaring",
            "asserted", "asserts", "asserting", "alleged", "alleges", "alleging",
            "maintained", "maintains", "maintaining", "acknowledged", "acknowledges", "acknowledging",
            "emphasized", "emphasised", "emphasizes", "emphasising", "emphasizing",
            "stressed", "stresses", "stressing", "reiterated", "reiterates", "reiterating",
            "reported", "reports", "reporting", "told", "tells", "telling", "wrote", "writes", "writing",
            "believes", "believed", "thinks", "thought", "explained", "explains", "explaining",
            "suggested", "suggests", "suggesting", "admitted", "admits", "admitting",
            "denied", "denies", "denying", "cited", "cites", "citing", "pointed to", "points to", "pointing to",
            "asked", "asks", "predicted", "promised", "pledged", "vowed",
            // the plural present: "critics argue that …", "its defenders insist …"
            "acknowledge", "argue", "insist", "warn", "announce", "confirm", "allege", "maintain", "emphasize", "stress",
            "reiterate", "tell", "explain", "suggest", "admit", "deny", "predict", "contend", "concede", "assert",
            "contended", "contends", "conceded", "concedes",
            "recalled", "recalls", "recall", "recounted", "mentioned", "mentions", "quipped", "responded", "responds");

    /** What reports, polls and inquiries do: a claim only with a that-clause ("the report found that …"). */
    static final Set<String> FINDINGS = Set.of("found", "finds", "showed", "shows", "showing", "indicating", "indicated", "indicates", "concluded", "concludes",
            "assessed", "assesses", "determined", "revealed", "reveals");

    /**
     * Verbs that introduce speech only right before or after a quote ("Limbaugh continued: “…”",
     * "“…,” she shouted"); elsewhere they say nothing of speech ("the attacks continued").
     */
    static final Set<String> QUOTING = Set.of("continued", "continues", "commented", "comments", "shouted", "yelled", "chanted",
            "joked", "quipped", "exclaimed", "posted", "recalled", "went on", "replied", "responded", "wrote", "reads", "read",
            "tweeted", "tweets", "boasted", "scolded", "retorted", "snapped", "remarked", "demanded");

    /** Verbs that attribute a stance without a separable claim: the whole clause is kept. */
    static final Set<String> STANCE = Set.of(
            "accused", "accuses", "accusing", "described", "describes", "describing",
            "dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting", "refuted", "refutes", "refuting",
            "disputed", "disputes", "disputing", "rebuffed", "blaming", "remarked", "proclaimed", "proclaiming", "tweeted",
            "concluded", "replied", "attacked", "slammed", "blasted", "testified", "complained", "estimated", "estimates",
            "characterized", "characterised", "characterizes", "voiced", "voices", "expressed", "expresses",
            "urged", "urges", "called", "criticized", "criticised", "condemned", "condemns",
            "welcomed", "welcomes", "blamed", "blames", "praised", "praises", "ratified", "certified",
            "demanding", "demanded", "urging", "calling", "calls", "criticizing", "attacking",
            "pledging", "vowing", "is promising", "are promising", "was promising", "slamming", "blasting", "condemning", "praising", "criticizes", "slams",
            // only as a frame: "the ministry put the toll at 31" (DisputeFrames)
            "put", "puts");

    /**
     * Any speech verb as a whole word, longest alternatives first ("pointed to" before "pointed").
     * Case-sensitive on purpose: "the United States" holds no verb.
     */
    static final Pattern ANY = Pattern.compile("(?<![\\p{L}'’])(" + alternatives() + ")(?![\\p{L}])");

    /**
     * A speech verb, not a participle, is the first speech verb and within the first few words:
     * "the union said", "its chief executive told" (not "his post showed none of what Trump expressed").
     */
    static boolean finiteVerbNearStart(String clause) {
        Matcher verb = ANY.matcher(clause);
        return verb.find() && !QUOTING.contains(verb.group(1).toLowerCase(Locale.ROOT)) && !verb.group(1).endsWith("ing")
                && clause.substring(0, verb.start()).strip().split("\\s+").length <= 6;
    }

    /** An active participle of speech within the first few words: "analysts suggesting", "Peskov stating". */
    static boolean participleNearStart(String clause) {
        Matcher verb = ANY.matcher(clause);
        return verb.find() && verb.group(1).endsWith("ing") && clause.substring(0, verb.start()).strip().split("\\s+").length <= 6;
    }

    /** "Obama Says Museum Will …": a headline's capitalised speech verbs in lower case, as the rules read them. */
    static String lowerCaseVerbs(String headline) {
        String[] words = headline.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))).count();
        long longWords = java.util.Arrays.stream(words).filter(w -> w.length() > 3).count();
        if (longWords < 3 || capitalised < 0.7 * longWords) return headline; // not written in title case
        Matcher word = Pattern.compile("(?<=\\s)([A-Z][a-z]+)\\b").matcher(headline);
        while (word.find()) { // the first one only: "Graham Says Trump Could Tell …"
            String lower = word.group(1).toLowerCase(Locale.ROOT);
            if (FRAMING.contains(lower) || STANCE.contains(lower)) {
                return headline.substring(0, word.start()) + lower + headline.substring(word.end());
            }
        }
        return headline;
    }

    static boolean isFraming(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return FRAMING.contains(v) || FINDINGS.contains(v);
    }

    /** A verb that can introduce a quote next to it: a framing verb, or one of {@link #QUOTING}. */
    static boolean introducesQuote(String verb) {
        return isFraming(verb) || QUOTING.contains(verb.toLowerCase(Locale.ROOT));
    }

    /** A verb of {@link #QUOTING} only: no speech away from a quote. */
    static boolean quotingOnly(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return QUOTING.contains(v) && !FRAMING.contains(v) && !STANCE.contains(v) && !FINDINGS.contains(v);
    }

    private static final Pattern DETERMINER_END = Pattern.compile(
            "(?i)(?:(?<!\\b(?:he|she|it|who|that|there|what))[’']s|\\b(?:the|a|an|his|her|its|their|our|these|those|such|any))\\s+$");

    /** "Pakistan's claims", "the reports": after these words a speech verb's form is a noun. */
    static boolean nounAfter(String lead) {
        return DETERMINER_END.matcher(lead).find();
    }

    static boolean isFinding(String verb) {
        return FINDINGS.contains(verb.toLowerCase(Locale.ROOT));
    }

    private static String alternatives() {
        return java.util.stream.Stream.of(FRAMING, FINDINGS, STANCE, QUOTING).flatMap(Set::stream).distinct()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }
}
