package radar.statement;

import java.util.Set;
import java.util.regex.Matcher;

/**
 * Whether a proposition reports a stance rather than states a fact: "Zelenskyy described the
 * talks as a performance", "Washington characterized the call as a step toward peace". Such a
 * statement keeps its speaker and stance verb in its text (the stance has no separable claim),
 * so its words are the speaker's attitude, and the model reads many of them as contradicting any
 * fact on the story. Later stages ask more of such pairs.
 */
public final class Stances {

    private static final int MAX_WORDS_BEFORE_VERB = 6;
    /** Verbs of attitude; not "ratified", "certified", "estimated", which state a fact. */
    private static final Set<String> ATTITUDE = Set.of("described", "describes", "describing", "characterized", "characterised",
            "characterizes", "voiced", "voices", "expressed", "expresses", "called", "calls", "calling", "criticized", "criticised",
            "criticizes", "criticizing", "praised", "praises", "praising", "welcomed", "welcomes", "condemned", "condemns", "condemning",
            "urged", "urges", "urging", "slammed", "slams", "slamming", "blasted", "blasting", "attacked", "attacking", "complained",
            "demanded", "demanding", "rejects", "rejected", "rejecting", "dismissed", "dismisses", "dismissing");

    private Stances() {}

    public static boolean reportsAStance(String proposition) {
        Matcher verb = SpeechVerbs.ANY.matcher(proposition);
        if (!verb.find() || !ATTITUDE.contains(verb.group(1))) return false;
        String before = proposition.substring(0, verb.start()).strip();
        return !before.isEmpty() && before.split("\\s+").length <= MAX_WORDS_BEFORE_VERB && !Quotes.insideQuote(proposition, verb.start());
    }
}
