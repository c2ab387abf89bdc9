package radar.event;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.topic.Terms;

/**
 * What a statement says caused an event: "the blast was caused by a failed rocket launch" gives
 * the cause {failed, rocket, launch} of the effect {blast}; "an Israeli air strike caused the
 * killings" (how "X blamed an air strike for the killings" reads) the cause {israeli, air,
 * strike}; "a misfired rocket was to blame" (how "the army blamed a misfired rocket" reads) a cause
 * whose event the context gives; "the army was responsible for the blast" (how "the army denied
 * responsibility for the blast" reads, denied) the cause {army}. Two statements that name different causes for one event disagree, whatever the model
 * makes of them: the model reads two causes as two neutral facts.
 *
 * @param cause stems of what is blamed
 * @param effect stems of what it is blamed for
 * @param asWritten the cause as written: "a failed rocket launch"
 */
public record Cause(Set<String> cause, Set<String> effect, String asWritten) {

    private static final Pattern CAUSED_BY = Pattern.compile(
            "(?i)^(?<effect>.{3,100}?)\\s+(?:was|were|had been|has been|have been)\\s+(?:caused|triggered|started|set off)\\s+by\\s+(?<cause>[^,;:“”\"]{3,100})");
    private static final Pattern CAUSED = Pattern.compile(
            "(?i)^(?<cause>[^,;:“”\"]{3,100}?)\\s+(?:caused|triggered)\\s+(?<effect>[^,;:“”\"]{3,100})");
    /** "a misfired rocket was to blame": a cause whose event the context gives. */
    private static final Pattern TO_BLAME = Pattern.compile(
            "(?i)^(?<cause>[^;:“”\"]{3,120}?)\\s+(?:was|were|is|are)\\s+(?:to\\s+blame|responsible)(?:\\s+for\\s+(?<effect>[^;:“”\"]{3,100}))?");
    /** Where the cause ends and the circumstances begin: "a failed rocket launch | from Gaza" keeps "from Gaza"; "| according to …" does not. */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("\\s+(?:according|following|after|before|since|amid|as|because|while|when)\\s.*$");

    public static Optional<Cause> of(String text) {
        for (Pattern p : new Pattern[] {CAUSED_BY, CAUSED, TO_BLAME}) {
            Matcher m = p.matcher(text.strip());
            if (!m.find() || Negation.in(m.group())) continue;
            // "Intelligence … indicates that Islamic Jihad is responsible": the culprit is what follows the last "that".
            String cause = CIRCUMSTANCE.matcher(m.group("cause").replaceFirst("(?is)^.*\\bthat\\s+", "")).replaceFirst("").strip().replaceFirst(",$", "");
            Set<String> causeStems = Terms.stems(cause), effect = m.group("effect") == null ? Set.of() : Terms.stems(m.group("effect"));
            if (!causeStems.isEmpty() && (!effect.isEmpty() || p == TO_BLAME)) return Optional.of(new Cause(causeStems, effect, cause));
        }
        return Optional.empty();
    }

    /** Whether the other names the same culprit for the same event: what a denial of blame answers. */
    public boolean sameAs(Cause other, boolean sameEvent) {
        return Terms.overlap(cause, other.cause) && (Terms.overlap(effect, other.effect) || sameEvent);
    }

    /**
     * Whether the other cause is a different one for the same event: no word of the two causes in
     * common, and the effects either share a word or the two statements are close in meaning
     * ({@code sameEvent}: "the blast" and "the killings" of one strike).
     */
    public boolean differsFrom(Cause other, boolean sameEvent) {
        // No effect named ("was to blame"): the statements must be close.
        return !Terms.overlap(cause, other.cause) && (Terms.overlap(effect, other.effect) || sameEvent);
    }
}
