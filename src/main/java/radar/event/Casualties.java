package radar.event;

import java.util.Set;
import java.util.regex.Pattern;
import radar.topic.Terms;

/**
 * Whether a statement says no one was hurt ("denied any injuries or fatalities", "no casualties",
 * "aid was distributed without incident") or counts people hurt ("at least 31 people were
 * killed", "170 injured", "a mass casualty influx of 179 people"). The two about one incident
 * cannot both hold, however differently worded: they seldom share a word for the model or for
 * pairing to go on.
 */
public final class Casualties {

    private static final Set<String> HURT = Set.of("kille", "kill", "dead", "died", "death", "toll", "casua", "fatal", "injur", "wound", "hurt");
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:no|zero)\\s+(?:casualties|deaths|fatalities|injuries|dead|one was (?:killed|injured|hurt|wounded))\\b"
            + "|\\bwithout (?:incidents?|casualties|injuries)\\b");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:no|not|never|without|none|denied|deny|denies)\\b|n['’]t\\b");

    private Casualties() {}

    /** "no casualties", or a denial whose object is people hurt ("any injuries or fatalities"). */
    public static boolean noneSaid(String text, boolean denied) {
        return denied ? Terms.overlap(Terms.stems(text), HURT) : NONE.matcher(text).find();
    }

    /** A count of one or more people hurt, said without negation. */
    public static boolean counted(String text) {
        if (NEGATED.matcher(text).find()) return false;
        return Terms.overlap(Terms.stems(text), HURT) && Quantities.of(text).stream().anyMatch(q -> q.low() >= 1);
    }
}
