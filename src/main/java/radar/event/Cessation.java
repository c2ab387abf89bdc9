package radar.event;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.topic.Terms;

/**
 * An action said to have stopped, and what it was aimed at: "Russia had halted its attacks on
 * Ukrainian energy facilities" is the action {attacks} on the target {ukrainian, energy,
 * facilities}. A report that the same kind of action hit the same target ("150 drones were
 * launched overnight, including on energy facilities") contradicts it, however unsure the NLI
 * model is: the two sides of a ceasefire dispute rarely share more words than that.
 *
 * @param action stems of what stopped ("attac", "strik")
 * @param target stems of what it was aimed at ("energ", "facil")
 * @param place stems of the names in the target ("ukrai"): a country is a weak match on its own,
 *     so it counts only where the other statement aims an action at it ("strikes on Ukraine")
 * @param asWritten the words that say so: "attacks on Ukrainian energy facilities"
 */
public record Cessation(Set<String> action, Set<String> target, Set<String> place, String asWritten) {

    private static final Pattern STOPPED = Pattern.compile(
            "(?i)\\b(?:halted|halts|halting|stopped|stops|stopping|ceased|ceases|suspended|suspends|paused|pauses|ended|ends"
                    + "|called off|(?:has|have|had) not carried out|no longer carr(?:y|ies|ied) out)\\s+"
                    + "(?:(?:its|their|all|any|the|his|her|our|further)\\s+)*(?<action>[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+"
                    + "(?:on|against|at|in|of|targeting)\\s+(?<target>[^,.;:“”\"]{3,80})");
    /** Words of violence that name one kind of action whatever the wording: a drone strike is an attack. */
    private static final Set<String> ATTACK_FAMILY = Set.of("attac", "strik", "drone", "missi", "shell", "bomb", "bombi", "raid",
            "hit", "hits", "fired", "launc", "targe", "assau", "offen", "barra", "airst");
    /** "strikes on Ukraine": an action word, then the name it is aimed at. */
    private static final Pattern AIMED_AT = Pattern.compile("\\b(\\p{L}+)\\s+(?:on|against|targeting)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+)");
    /** Where a target ends and the circumstances begin: "energy facilities | following Putin's call". */
    private static final Pattern CIRCUMSTANCE = Pattern.compile("\\s+(?:following|after|before|since|amid|despite|as|because|while|when|until|for|with)\\s.*$");
    /** "the two sides trade accusations over attacks on …": a dispute about the action, not a report of it. */
    private static final Pattern DISPUTED = Pattern.compile("(?i)\\b(?:accus\\w*|allegations?|alleged(?:ly)?|claims?|whether)\\b");

    public static Optional<Cessation> of(String text) {
        Matcher m = STOPPED.matcher(text);
        if (!m.find()) return Optional.empty();
        Set<String> action = Terms.stems(m.group("action"));
        Set<String> things = new java.util.LinkedHashSet<>(), places = new java.util.LinkedHashSet<>();
        String target = CIRCUMSTANCE.matcher(m.group("target")).replaceFirst("").strip();
        for (String word : target.split("\\s+")) {
            (Character.isUpperCase(word.isEmpty() ? 'a' : word.charAt(0)) ? places : things).addAll(Terms.stems(word));
        }
        return action.isEmpty() || things.isEmpty() && places.isEmpty() ? Optional.empty() : Optional.of(new Cessation(action, things, places, m.group("action") + " on " + target));
    }

    /**
     * Whether the other statement reports the stopped action going on: the same kind of action
     * (same word, or both acts of violence), aimed at the same thing (a target word in common),
     * said without negation or dispute ("accusations over attacks"), and not itself a cessation.
     */
    public boolean contradictedBy(String other) {
        if (STOPPED.matcher(other).find() || Negation.in(other) || DISPUTED.matcher(other).find()) return false;
        Set<String> stems = Terms.stems(other);
        boolean sameAction = action.stream().anyMatch(stems::contains)
                || (action.stream().anyMatch(ATTACK_FAMILY::contains) && stems.stream().anyMatch(ATTACK_FAMILY::contains));
        return sameAction && (target.stream().anyMatch(stems::contains) || aimedAtPlace(other));
    }

    private boolean aimedAtPlace(String other) {
        Matcher at = AIMED_AT.matcher(other);
        while (at.find()) {
            boolean action = Terms.stems(at.group(1)).stream().anyMatch(w -> ATTACK_FAMILY.contains(w) || this.action.contains(w));
            if (action && Terms.stems(at.group(2)).stream().anyMatch(place::contains)) return true;
        }
        return false;
    }

    /** Why two statements conflict as a stopped and an ongoing action, if they do. */
    public static Optional<String> why(String a, String b) {
        return why(of(a), b).or(() -> why(of(b), a));
    }

    /** Why {@code other} reports the action {@code stopped} says stopped, if it does. */
    public static Optional<String> why(Optional<Cessation> stopped, String other) {
        return stopped.filter(c -> c.contradictedBy(other)).map(c -> "one says " + c + " stopped, the other reports it going on");
    }

    /** Whether one of two statements says an action stopped and the other reports it going on. */
    public static boolean conflict(String a, String b) {
        return why(a, b).isPresent();
    }

    @Override
    public String toString() {
        return "\"" + asWritten + "\"";
    }
}
