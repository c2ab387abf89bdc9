package radar.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.topic.Terms;

/**
 * The quantities a statement gives, with what they count: "150 drones", "at least 31 people were
 * killed", "100-300 people", "five jets", "more than 290 stores", "51% of the vote". Each is a range
 * that respects its hedge ("more than", "about", "up to", "at least", "or fewer"); two statements
 * count the same thing when the words around their numbers share a content word (casualty words
 * — killed, dead, toll, deaths — count as one).
 */
public final class Quantities {

    /** One quantity: the range it allows and the stems of what it counts. */
    public record Quantity(double low, double high, Set<String> counted) {
        /** "500", "0–50", "270 or more". */
        String range() {
            if (high == Double.MAX_VALUE) return number(low) + " or more";
            return low == high ? number(low) : number(low) + "–" + number(high);
        }

        private static String number(double n) {
            return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
        }

        /**
         * Both count one thing. A share is never the same thing as a count ("97% of the votes",
         * "6,408,844 votes"), and two shares only when they are shares of one thing ("51% of the
         * vote", "80% of ballots counted" are not).
         */
        boolean sameThing(Quantity other) {
            if (counted.contains(PERCENT) != other.counted.contains(PERCENT)) return false;
            Set<String> shared = new HashSet<>(counted);
            shared.retainAll(other.counted);
            shared.remove(PERCENT);
            return !shared.isEmpty();
        }

        /** Ranges apart by more than a tenth (and more than one): 150 and 0, five and two, 500 and 100-300. */
        boolean incompatible(Quantity other) {
            double gapUp = other.low - high, gapDown = low - other.high;
            return (gapUp > 1 && gapUp > 0.1 * Math.max(high, 1)) || (gapDown > 1 && gapDown > 0.1 * Math.max(other.high, 1));
        }
    }

    private static final String PERCENT = "%";
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("no", 0.0), Map.entry("zero", 0.0), Map.entry("one", 1.0),
            Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("dozens", 24.0));
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + String.join("|", WORDS.keySet()) + ")";
    private static final Pattern QUANTITY = Pattern.compile("(?i)(?<![\\p{L}\\d.,:/$£€-])"
            + "(?<hedge>at least|more than|over|upwards of|no fewer than|up to|at most|no more than|fewer than|less than|under|about|around"
            + "|nearly|almost|roughly|some|approximately|an estimated|anywhere from|between)?\\s*"
            + "(?<a>" + NUMBER + ")(?:\\s*(?:-|–|to|and)\\s*(?<b>" + NUMBER + "))?(?<pct>\\s*(?:%|per ?cent))?"
            + "(?<after>\\s+or (?:more|less|fewer))?(?![\\d:])(?<rest>(?:\\s+[\\p{L}’'-]+){0,4})");
    private static final Set<String> AFTER_NOTHING = Set.of("in", "at", "on", "during", "since", "after", "before", "by", "across", "near");
    private static final Set<String> CASUALTY = Set.of("kille", "kill", "dead", "died", "death", "toll", "casua", "fatal", "lives");
    private static final Pattern YEAR_OR_DATE = Pattern.compile("(?i)^(?:1[89]\\d\\d|20\\d\\d)$|^\\d+(?:st|nd|rd|th)$");
    /** "with 97% of the votes counted": how far a count has got, not a figure it gives. */
    private static final Pattern TALLY_PROGRESS = Pattern.compile("(?i)^\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,2}?(?:counted|tallied|processed|reported|in)\\b.*");
    private static final Pattern MONTH = Pattern.compile("(?i)^\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*");

    private Quantities() {}

    public static List<Quantity> of(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            String a = m.group("a");
            if (YEAR_OR_DATE.matcher(a).matches() || MONTH.matcher(m.group("rest")).matches() || TALLY_PROGRESS.matcher(m.group("rest")).matches()) continue;
            double x = value(a), y = m.group("b") == null ? x : value(m.group("b"));
            double[] range = hedged(m.group("hedge"), m.group("after"), Math.min(x, y), Math.max(x, y));
            Set<String> counted = counted(m.group("rest"), text.substring(0, m.start()));
            if (m.group("pct") != null) counted.add(PERCENT);
            if (!counted.isEmpty()) out.add(new Quantity(range[0], range[1], counted));
        }
        return out;
    }

    /**
     * What a number counts: the head of the words after it (the first plural among the next three
     * content words, "two Indian fighter jets", else the first: "10 aircraft"), and "dead" when a
     * casualty word follows ("500 were killed") or, with nothing after, precedes ("the toll was 50 or less").
     */
    private static Set<String> counted(String after, String before) {
        Set<String> counted = new HashSet<>();
        // "20 or fewer in the depot blast": a preposition right after the number means it counts nothing named after it.
        String first = after.strip().isEmpty() ? "" : after.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        List<String> words = AFTER_NOTHING.contains(first) ? List.of() : Terms.words(after);
        String head = null;
        for (int i = 0; i < Math.min(3, words.size()) && head == null; i++) if (words.get(i).endsWith("s")) head = words.get(i);
        if (head == null && !words.isEmpty()) head = words.get(0);
        for (String stem : Terms.stems(after)) if (CASUALTY.contains(stem)) counted.add("dead");
        if (head != null && !CASUALTY.contains(stem(head))) counted.add(stem(singular(head)));
        if (words.isEmpty()) {
            List<String> earlier = Terms.words(before);
            for (String w : earlier.subList(Math.max(0, earlier.size() - 3), earlier.size())) if (CASUALTY.contains(stem(w))) counted.add("dead");
        }
        return counted;
    }

    /** "votes" and "vote" count one thing (the five-letter stem alone keeps them apart). */
    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    /** How two statements' numbers relate: incompatible for one counted thing, all compatible, or nothing to compare. */
    public enum Comparison { CONFLICT, AGREE, NONE }

    /** Parses each text once and compares every pair of quantities that count the same thing. */
    public static Comparison compare(String a, String b) {
        List<Quantity> theirs = of(b);
        boolean same = false;
        for (Quantity x : of(a)) {
            for (Quantity y : theirs) {
                if (!x.sameThing(y)) continue;
                if (x.incompatible(y)) return Comparison.CONFLICT;
                same = true;
            }
        }
        return same ? Comparison.AGREE : Comparison.NONE;
    }

    /** The first two incompatible numbers for one counted thing, as an analyst reads them: "0–50 vs 500 (dead)". */
    public static java.util.Optional<String> firstConflict(String a, String b) {
        List<Quantity> theirs = of(b);
        for (Quantity x : of(a)) {
            for (Quantity y : theirs) {
                if (x.sameThing(y) && x.incompatible(y)) return java.util.Optional.of(x.range() + " vs " + y.range() + " (" + String.join(", ", x.counted()) + ")");
            }
        }
        return java.util.Optional.empty();
    }

    /** Two statements give incompatible numbers for the same counted thing. */
    public static boolean conflict(String a, String b) {
        return compare(a, b) == Comparison.CONFLICT;
    }

    /** Two statements give numbers for the same counted thing, all of them compatible. */
    public static boolean agree(String a, String b) {
        return compare(a, b) == Comparison.AGREE;
    }

    private static double[] hedged(String hedge, String after, double low, double high) {
        String h = hedge == null ? "" : hedge.toLowerCase(Locale.ROOT);
        String tail = after == null ? "" : after.toLowerCase(Locale.ROOT);
        if (h.matches("at least|more than|over|upwards of|no fewer than") || tail.contains("more")) return new double[] {low, Double.MAX_VALUE};
        if (h.matches("up to|at most|no more than|fewer than|less than|under") || tail.contains("less") || tail.contains("fewer")) {
            return new double[] {0, high};
        }
        if (h.matches("about|around|nearly|almost|roughly|some|approximately|an estimated")) return new double[] {low * 0.8, high * 1.2};
        return new double[] {low, high};
    }

    private static double value(String number) {
        Double word = WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(number.replace(",", ""));
    }
}
