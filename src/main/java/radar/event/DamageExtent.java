package radar.event;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.topic.Terms;

/**
 * How badly a statement says something was hit: destroyed ("obliterated", "totally destroyed",
 * "severely damaged", "set back by years") or only limited ("largely intact", "not totally
 * destroyed", "set back only a few months", "light damage", "did not achieve anything"). A strike, a storm or a fire is
 * often reported both ways; the NLI model reads "obliterated" against "set back a few months" as
 * two neutral facts.
 *
 * @param severe destroyed rather than limited
 * @param target stems of the statement's other words: what was hit ("Iran's nuclear program")
 * @param asWritten the words that say how badly
 */
public record DamageExtent(boolean severe, Set<String> target, String asWritten) {

    private static final Pattern LIMITED = Pattern.compile("(?i)\\b(?:largely|mostly|remain(?:s|ed)?|still)\\s+intact\\b"
            + "|\\b(?:not|n['’]t|never|failed to)\\s+(?:been\\s+|be\\s+)?(?:totally\\s+|completely\\s+|fully\\s+|entirely\\s+)?(?:destroy(?:ed)?|obliterat(?:ed|e)|wiped out)\\b"
            + "|\\bset\\s+back\\s+(?:by\\s+)?(?:only\\s+|just\\s+|less than\\s+)?(?:a few|several|a couple of|some|\\d+|two|three|four|five|six)?\\s*months\\b"
            + "|\\b(?:delayed|set back)\\b[^.]{0,50}?\\b(?:only|just|less than|a few|several)\\b[^.]{0,15}\\bmonths\\b"
            + "|\\b(?:light|minor|limited|superficial|little)\\s+(?:structural\\s+)?damage\\b"
            // "the strikes did not achieve anything", "exaggerated their impact": the blow was small.
            + "|\\b(?:did\\s+not|didn['’]t|failed\\s+to)\\s+achieve\\s+(?:anything|much)\\b|\\bachieved\\s+(?:nothing|little)\\b"
            + "|\\bexaggerated\\s+(?:the|their|its)\\s+(?:impact|damage|effect)\\b");
    private static final Pattern SEVERE = Pattern.compile("(?i)\\bobliterat(?:ed|ion|e)\\b|\\b(?:totally|completely|entirely|fully)\\s+destroyed\\b"
            + "|\\bseverely\\s+damaged\\b|\\bwiped\\s+out\\b|\\bdevastated\\b|\\bover the course of years\\b|\\bset\\s+back\\s+(?:by\\s+)?(?:many\\s+)?years\\b");
    /** Targets named by words this general say nothing about which thing was hit. */
    private static final Set<String> TOO_GENERAL = Set.of("strik", "attac", "bombi", "bombs", "repor", "damag", "sites", "month", "years",
            "only", "left", "never", "would", "could", "rebui", "total", "compl");

    public static Optional<DamageExtent> of(String text) {
        Matcher limited = LIMITED.matcher(text);
        if (limited.find()) return Optional.of(new DamageExtent(false, target(text, limited), limited.group()));
        Matcher severe = SEVERE.matcher(text);
        if (severe.find()) return Optional.of(new DamageExtent(true, target(text, severe), severe.group()));
        return Optional.empty();
    }

    /** One says destroyed, the other limited, about the same thing (a target word in common, or statements this close in meaning). */
    public boolean contradicts(DamageExtent other, boolean closeInMeaning) {
        if (severe == other.severe) return false;
        return closeInMeaning || target.stream().anyMatch(t -> !TOO_GENERAL.contains(t) && other.target.contains(t));
    }

    private static Set<String> target(String text, Matcher extent) {
        return Terms.stems(text.substring(0, extent.start()) + " " + text.substring(extent.end()));
    }
}
