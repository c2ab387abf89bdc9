package radar.evaluate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import radar.actor.Actor;
import radar.statement.Claim;
import radar.topic.Terms;

/**
 * When a statement is the one a gold quote labels: same article, and the statement's
 * proposition and the quote contain one another (the proposition drops the frame, the quote may
 * keep it), or the statement comes from the sentence that holds the quote and shares most of its
 * content words. Its actor is right when it shares a word with the gold actor.
 */
final class GoldMatch {

    private static final double MIN_OVERLAP = 0.6;

    private GoldMatch() {}

    static boolean text(Claim claim, GoldFile.Side gold) {
        String text = normalise(claim.text()), quote = normalise(gold.quote());
        if (text.contains(quote) || quote.contains(text)) return true;
        String sentence = normalise(claim.sentence().text());
        return (sentence.contains(quote) || quote.contains(sentence)) && overlap(claim.text(), gold.quote()) >= MIN_OVERLAP;
    }

    /**
     * "Kremlin (Russia)" matches the Kremlin and its spokesperson written as "Kremlin spokesperson
     * Dmitry Peskov"; "reporting (outlet)" matches the article's own source.
     */
    static boolean actor(Claim claim, GoldFile.Side gold) {
        String wanted = gold.actor().toLowerCase(Locale.ROOT);
        if (wanted.contains("(outlet)")) return Actor.OUTLET.equals(claim.actor().kind());
        Set<String> ours = Terms.stems(claim.actor().name() + " " + claim.actorAsWritten());
        return Terms.overlap(Terms.stems(wanted), ours) || isAcronymOf(claim.actor().name(), gold.actor());
    }

    /** "IDF" for "Israel Defense Forces": the initials of the gold actor's words before any parenthesis. */
    static boolean isAcronymOf(String ours, String gold) {
        if (!ours.matches("[A-Z]{2,6}")) return false;
        StringBuilder initials = new StringBuilder();
        for (String word : gold.replaceFirst("\\s*\\(.*$", "").split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) initials.append(word.charAt(0));
        }
        return initials.toString().equals(ours);
    }

    /** Shared content words over the words of the shorter text. */
    static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(Terms.stems(a)), y = Terms.stems(b);
        int smaller = Math.min(x.size(), y.size());
        if (smaller == 0) return 0;
        x.retainAll(y);
        return (double) x.size() / smaller;
    }

    static String normalise(String s) {
        return s.replaceAll("[“”\"]", "").replaceAll("[’‘]", "'").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[.,;:]+$", "");
    }
}
