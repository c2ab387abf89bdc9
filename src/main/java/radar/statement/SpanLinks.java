package radar.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.sentence.Sentence;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;

/**
 * How the spans a tagger marked in one paragraph hang together, read from their order and the words between them:
 * each content's cue, the cue a sentence ending in a colon opens, and the sources that are addressees rather than
 * speakers. No actors here: {@link LearnedAttribution} resolves sources and makes the claims.
 */
final class SpanLinks {

    /** A sentence's place in the paragraph text the tagger read. */
    record Placed(Sentence sentence, int offset) {
        int end() {
            return offset + sentence.text().length();
        }
    }

    /** A span with the sentences it starts and ends in. */
    record Located(Span span, int sentence, int lastSentence) {
        Role role() {
            return span.role();
        }
    }

    private final List<Placed> placed;
    private final String text;
    private final List<Located> located = new ArrayList<>();

    /** The spans of a paragraph (its sentences placed in {@code text}), cue pieces joined and every span widened to whole words. */
    SpanLinks(List<Placed> placed, String text, List<Span> spans) {
        this.placed = placed;
        this.text = text;
        for (Span span : SpanMends.bylineCues(SpanMends.appositivesJoined(SpanMends.cuesJoined(spans, text), text), text)) {
            Span whole = SpanMends.wholeWords(span, text);
            located.add(new Located(whole, sentenceAt(placed, whole.start()), sentenceAt(placed, Math.max(whole.start(), whole.end() - 1))));
        }
    }

    /** Each content with its cue (null when it has none), in text order. */
    Map<Located, Located> cues() {
        Map<Located, Located> cueOf = new LinkedHashMap<>();
        Located previousContent = null;
        for (Located content : located) {
            if (content.role() != Role.CONTENT) continue;
            Located cue = cueOf(content);
            // "“… . …,” she said.": a quote of several sentences, its cue in the sentence after it (one that says nothing of its own).
            int next = content.lastSentence() + 1;
            if (cue == null && located.stream().noneMatch(l -> l.role() == Role.CONTENT && l.sentence() == next)) cue = nearest(content, Role.CUE, next, next);
            // "He said:" closing the sentence before: the quote that follows is what he said.
            if (cue == null && content.sentence() > 0) cue = opener(content.sentence() - 1);
            // A quote running on into the next sentence: the cue of the content it continues.
            if (cue == null && previousContent != null && cueOf.get(previousContent) != null) cue = cueOf.get(previousContent);
            cueOf.put(content, cue);
            previousContent = content;
        }
        return cueOf;
    }

    /** A content read together with the one before a parenthetical speaker: that content, and the words of the two. */
    record Joined(Located before, String words) {}

    /**
     * "The bridge, the mayor said on Monday, will reopen in June": a speaker set off by commas inside what they say. The tagger
     * marks the subject before the parenthesis and the rest after it as two contents of one cue; read apart, neither is a
     * claim ("The bridge"; "will reopen in June"). For each content after such a parenthesis, the words that say it whole:
     * the content that opens the sentence, then the words after the parenthesis's closing comma (which may hold a verb the
     * tagger left out: "The museum, Mr. Bush said, celebrated [several of his heroes]").
     */
    Map<Located, Joined> parentheticalsJoined(Map<Located, Located> cueOf) {
        Map<Located, Joined> joined = new LinkedHashMap<>();
        if (Boolean.getBoolean("noParentheticalJoin")) return joined; // FormDiffRun compares the two readings
        Located before = null;
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located after = e.getKey(), cue = e.getValue();
            // Within one sentence: a content running on into the next (a quote of several) keeps its own reading.
            if (before != null && cue != null && cue.equals(cueOf.get(before)) && before.sentence() == after.lastSentence()
                    && before.span().end() <= cue.span().start() && cue.span().end() <= after.span().start()
                    && SpanMends.SENTENCE_START.matcher(text.substring(0, before.span().start())).find()) {
                String between = masked(before.span().end(), after.span().start(), '#', Role.SOURCE, Role.CUE);
                Matcher aside = PARENTHESIS.matcher(between);
                // the comma that opens the parenthesis: in the gap or the last mark of the content before it
                boolean opened = between.stripLeading().startsWith(",") || text(before).stripTrailing().endsWith(",");
                if (opened && aside.matches()) {
                    int rest = before.span().end() + aside.start("rest");
                    joined.put(after, new Joined(before, text(before).strip().replaceFirst("[,;:]+$", "") + " " + text.substring(rest, after.span().end()).strip()));
                }
            }
            before = after;
        }
        return joined;
    }

    /**
     * "X is telling a veterans group that P and says Q", "he said of Cruz": when a source comes before the cue, a source
     * right after the cue (after "of", "to", "on", "with" and two words at most), before its content, is whom or what
     * it was said to or of ("said Ana Ruiz, “…”" has no source before). Not so after "according to", a passive's "by"
     * or "from" ("was asked by a caller why …", "criticism from rivals that …"), which name the speaker.
     */
    Set<Located> addressees(Map<Located, Located> cueOf) {
        Set<Located> addressees = new HashSet<>();
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located cue = e.getValue(), content = e.getKey();
            if (cue == null || content.span().start() < cue.span().end() || SOURCE_AFTER.matcher(text(cue)).find()) continue;
            boolean speakerBefore = located.stream().anyMatch(l -> l.role() == Role.SOURCE && l.sentence() == cue.sentence() && l.span().end() <= cue.span().start());
            if (!speakerBefore) continue;
            for (Located l : located) {
                if (l.role() == Role.SOURCE && l.span().start() >= cue.span().end() && l.span().end() <= content.span().start()
                        && OBJECT.matcher(text.substring(cue.span().end(), l.span().start())).matches()
                        && !AGENT.matcher(text.substring(cue.span().start(), l.span().start())).find()) addressees.add(l);
            }
        }
        return addressees;
    }

    /**
     * The sources of a cue's sentences that could speak through it, nearest first, addressees left out. When the content
     * follows the cue ("X told the veterans that P"), a source before the cue comes first: in that order English puts the
     * speaker before the verb.
     */
    List<Located> speakerCandidates(Located cue, Located content, Set<Located> addressees) {
        boolean contentAfter = content.span().start() >= cue.span().end();
        List<Located> candidates = new ArrayList<>();
        for (Located l : located) {
            if (l.role() == Role.SOURCE && l.sentence() >= cue.sentence() && l.sentence() <= cue.lastSentence() && !addressees.contains(l)) candidates.add(l);
        }
        candidates.sort(Comparator.<Located>comparingInt(l -> contentAfter && l.span().start() >= cue.span().end() ? 1 : 0)
                .thenComparingInt(l -> gap(l, cue)));
        return candidates;
    }

    /** Words of a sentence outside every span; whether the sentence's start or punctuation comes right before them, its end or punctuation right after. */
    record Outside(String words, boolean setOffBefore, boolean setOffAfter) {}

    /** The stretches of a sentence outside every span, in order. */
    List<Outside> outside(int sentence) {
        Placed at = placed.get(sentence);
        boolean[] covered = new boolean[at.end() - at.offset()];
        for (Located l : located) {
            for (int i = Math.max(l.span().start(), at.offset()); i < Math.min(l.span().end(), at.end()); i++) covered[i - at.offset()] = true;
        }
        List<Outside> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= covered.length; i++) {
            boolean free = i < covered.length && !covered[i];
            if (free && from < 0) from = i;
            if (!free && from >= 0) {
                String words = text.substring(at.offset() + from, at.offset() + i);
                String before = text.substring(at.offset(), at.offset() + from).stripTrailing(), after = text.substring(at.offset() + i, at.end()).stripLeading();
                if (!words.isBlank()) out.add(new Outside(words, before.isEmpty() || PUNCTUATED_END.matcher(before).find(), after.isEmpty() || PUNCTUATED_START.matcher(after).find()));
                from = -1;
            }
        }
        return out;
    }

    /** The words a span covers. */
    String text(Located l) {
        return text.substring(l.span().start(), l.span().end());
    }

    /** Its sentence up to the start of a span. */
    String before(Located l) {
        return text.substring(placed.get(l.sentence()).offset(), l.span().start());
    }

    /** Its sentence up to the end of a span ("who" and "I" are read from what comes before them). */
    String lead(Located l) {
        return text.substring(placed.get(l.sentence()).offset(), l.span().end());
    }

    /** A cue that closes a sentence with a colon ("He said:", "The statement read:"): what follows is what was said. */
    Located opener(int sentence) {
        Placed at = placed.get(sentence);
        for (Located l : located) {
            if (l.role() == Role.CUE && l.lastSentence() == sentence && l.span().end() <= at.end()
                    && text.substring(l.span().end(), at.end()).matches("(?U)\\s*:\\s*")) return l;
        }
        return null;
    }

    /**
     * The cue of a content in its sentence: the nearest cue before it, or one after it with nothing but punctuation and the
     * speaker between ("P,” said X", "P, X said", "P, according to X"). A cue after a conjunction is another verb of its own
     * speaker ("X is telling veterans that P and says Q": P is what X tells). With no such cue, the nearest one.
     */
    private Located cueOf(Located content) {
        Located best = null;
        for (Located l : located) {
            if (l.role() != Role.CUE || l.sentence() < content.sentence() || l.sentence() > content.lastSentence()) continue;
            if (l.span().start() >= content.span().end() && !trailing(content, l)) continue;
            if (best == null || gap(l, content) < gap(best, content)) best = l;
        }
        return best != null ? best : nearest(content, Role.CUE, content.sentence(), content.lastSentence());
    }

    /** Whether only punctuation, spaces and source spans lie between a content and a cue after it. */
    private boolean trailing(Located content, Located cue) {
        // "that P and [encouraged] …": the tagger took the conjunction into the content; it still joins two verbs.
        if (CONJOINED.matcher(text.substring(content.span().start(), content.span().end())).find()) return false;
        return masked(content.span().end(), cue.span().start(), ' ', Role.SOURCE).matches("(?U)[\\s\\p{P}]*");
    }

    /** The text from {@code from} to {@code to}, each span of the given roles wholly inside it written over with {@code mark}. */
    private String masked(int from, int to, char mark, Role... roles) {
        StringBuilder between = new StringBuilder(text.substring(from, to));
        for (Located l : located) {
            if (l.span().start() < from || l.span().end() > to || !List.of(roles).contains(l.role())) continue;
            for (int i = l.span().start(); i < l.span().end(); i++) between.setCharAt(i - from, mark);
        }
        return between.toString();
    }

    private static final Pattern PUNCTUATED_END = Pattern.compile("(?U)\\p{P}$"), PUNCTUATED_START = Pattern.compile("(?U)^\\p{P}");
    private static final Pattern SOURCE_AFTER = Pattern.compile("(?i)\\b(?:according\\s+to|as\\s+per)\\b");
    private static final Pattern AGENT = Pattern.compile("(?i)\\b(?:by|from)\\s*$");
    private static final Pattern OBJECT = Pattern.compile("(?iU)\\s*(?:(?:of|to|on|with)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}");
    /** Between the two contents: a comma (or the content before ends with it), the speaker and cue (#) with up to four words (a time, "in a statement"), a comma, then up to three words the tagger left out. */
    private static final Pattern PARENTHESIS = Pattern.compile("(?U)\\s*,?\\s*(?:[\\w.'’-]+\\s+){0,4}?#[#\\s]*(?:\\s[\\w.'’-]+){0,4}\\s*,\\s*(?<rest>(?:[\\w'’-]+\\s+){0,3})");
    private static final Pattern CONJOINED = Pattern.compile("(?i)\\s(?:and|or|but)[\\s\\p{P}]*$");

    private static int gap(Located a, Located b) {
        return Math.max(a.span().start() - b.span().end(), b.span().start() - a.span().end());
    }

    /** The span of a role nearest to {@code from} (fewest characters between them) that starts in sentences first..last, or null. */
    Located nearest(Located from, Role role, int first, int last) {
        Located best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Located l : located) {
            if (l.role() != role || l.sentence() < first || l.sentence() > last) continue;
            if (gap(l, from) < bestGap) {
                best = l;
                bestGap = gap(l, from);
            }
        }
        return best;
    }

    private static int sentenceAt(List<Placed> placed, int offset) {
        for (int i = placed.size() - 1; i >= 0; i--) if (placed.get(i).offset() <= offset) return i;
        return 0;
    }
}
