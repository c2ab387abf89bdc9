package radar.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.statement.SpanLinks.Outside;

/**
 * The outlet's own clause in a sentence that also reports someone ("While the council called the plan a step forward, there
 * has been no progress", "The outcome remains uncertain, with analysts saying …"): the words outside every span the
 * tagger marked, when they make a clause of their own. PolNeAR gives every word outside an attribution to the author.
 */
final class OwnClauses {

    /** Joining words at either end of a stretch: they link the clause to the report, they are not part of it. */
    private static final String JOINING = "while|whereas|although|though|but|and|as|with|yet|so";
    private static final Pattern LEADING = Pattern.compile("(?iU)^(?:[\\s\\p{P}]|\\b(?:" + JOINING + ")\\b)+");
    private static final Pattern TRAILING = Pattern.compile("(?iU)(?:\\s|\\b(?:" + JOINING + ")\\b)+$");
    private static final Pattern PUNCTUATION = Pattern.compile("(?U)\\p{P}");
    /** A stretch that opens like this hangs on a word outside it (a relative clause, a content the tagger left unmarked). */
    private static final Pattern DEPENDENT = Pattern.compile("(?iU)^(?:who|whom|whose|which|where|when|that|if|whether|because|saying|adding|according)\\b");
    static final int MIN_WORDS = 5;

    private final SubjectPhrase subjects;

    OwnClauses(SubjectPhrase subjects) {
        this.subjects = subjects;
    }

    /**
     * Of the stretches of a sentence outside every span, those that are a clause of their own, trimmed: set off by the
     * sentence's ends or by punctuation on both sides (a stretch running into a span, "prompted him to [abandon …]", is
     * part of what the span holds), at least five words, a subject and a verb.
     */
    List<String> of(List<Outside> outside) {
        List<String> out = new ArrayList<>();
        for (Outside stretch : outside) {
            Matcher lead = LEADING.matcher(stretch.words());
            String joining = lead.lookingAt() ? lead.group() : "", rest = stretch.words().substring(joining.length());
            boolean setOffBefore = stretch.setOffBefore() || PUNCTUATION.matcher(joining).find();
            String body = TRAILING.matcher(rest).replaceFirst("");
            boolean setOffAfter = body.equals(rest.stripTrailing()) && stretch.setOffAfter() || body.matches("(?sU).*\\p{P}");
            String clause = body.replaceFirst("(?U)[\\s\\p{P}&&[^)”’\"]]+$", "");
            if (!setOffBefore || !setOffAfter || clause.split("\\s+").length < MIN_WORDS || DEPENDENT.matcher(clause).find()) continue;
            if (subjects.isClause(clause)) out.add(clause);
        }
        return out;
    }
}
