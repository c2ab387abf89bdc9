package radar.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.sentence.SentenceSplitter;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;

/**
 * Spans the tagger broke or left out, mended before they are linked ({@link SpanLinks}): a cue broken at an untagged word, a
 * name and its appositive marked as two sources, the dash that signs a quote, a span that stops inside a word. Each is a
 * form of written English; {@code SpanFormRun} shows where the joins and the dash fire on text they were not written from.
 */
final class SpanMends {

    private SpanMends() {}

    /**
     * "“We will rebuild the bridge.” ― Ana Ruiz": a whole quote or sentence (starting where a sentence starts, closed by a
     * full stop, question or exclamation mark) signed by the source right after it, with only a dash between, has that
     * dash for its cue (PolNeAR labels it so); the tagger often leaves the dash untagged, and the content would go to
     * whoever spoke last. The dash becomes the cue.
     */
    static List<Span> bylineCues(List<Span> spans, String text) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            out.add(span);
            Span next = i + 1 < spans.size() ? spans.get(i + 1) : null;
            if (span.role() != Role.CONTENT || next == null || next.role() != Role.SOURCE || next.start() < span.end()) continue;
            Matcher dash = BYLINE.matcher(text.substring(span.end(), next.start()));
            // Only under a whole quote or sentence: a dash inside a sentence ("the cause — gun control — he said", "lamented her
            // gaffes - “why?” - voters said") sets off an aside.
            boolean whole = SENTENCE_START.matcher(text.substring(0, span.start())).find() && CLOSED.matcher(text.substring(span.start(), next.start())).find();
            if (dash.matches() && whole) out.add(new Span(Role.CUE, span.end() + dash.start(1), span.end() + dash.end(1)));
        }
        return out;
    }

    /**
     * "said [on] Wednesday": a cue the tagger broke at an untagged word is one cue again, so that the part with no
     * speech word in it ("Wednesday") is not taken for the cue of the content after it. Cue spans a short run of words
     * apart, with no punctuation between them, are joined.
     */
    static List<Span> cuesJoined(List<Span> spans, String text) {
        return joined(spans, Role.CUE, (last, next) -> text.substring(last.end(), next.start()).matches("[\\p{L}\\s]{0,12}"));
    }

    /**
     * "the Lakeside Institute, a research group in Denver, said": the tagger may break a source at the comma before its
     * appositive and mark the name and the description as two sources; the cue then links to the nearer one, the
     * description. A source span right after another, with only a comma between and opening with an article or a possessive
     * (a description, not a second name as in a list, nor a relative "who", nor a bare plural "sources"), is joined to it:
     * one source, named by the phrase before the aside. Not after a preposition: "In a memo, the agency said" has its speaker after the comma.
     */
    static List<Span> appositivesJoined(List<Span> spans, String text) {
        return joined(spans, Role.SOURCE, (last, next) -> text.substring(last.end(), next.start()).matches("\\s*,\\s*")
                && APPOSITIVE.matcher(text.substring(next.start())).lookingAt() && !AFTER_PREPOSITION.matcher(text.substring(0, last.start())).find());
    }

    /** Spans of one role, each joined to the one before it when both are of that role and {@code together} says so. */
    private static List<Span> joined(List<Span> spans, Role role, BiPredicate<Span, Span> together) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.role() == role && span.role() == role && span.start() >= last.end() && together.test(last, span)) {
                out.set(out.size() - 1, new Span(role, last.start(), span.end()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** A span that starts or ends inside a word ("Pen" of "Pence": its last word piece untagged) covers the whole word. */
    static Span wholeWords(Span span, String text) {
        int start = span.start(), end = span.end();
        while (start > 0 && inWord(text.charAt(start - 1)) && inWord(text.charAt(start))) start--;
        while (end < text.length() && end > 0 && inWord(text.charAt(end)) && inWord(text.charAt(end - 1))) end++;
        return new Span(span.role(), start, end);
    }

    /** Letters, digits and the hyphens and apostrophes inside words ("Hamas-run", "Peskov’s"). */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    private static final Pattern APPOSITIVE = Pattern.compile("(?:a|an|the|its|his|her|their)\\s");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:in|on|at|from|by|with|for|of|to|after|before|during|under|through)\\s+$");
    private static final Pattern BYLINE = Pattern.compile("(?U)[\\s\"”’']*(" + SentenceSplitter.SIGNATURE_DASH + ")\\s*");
    /** Where a sentence starts: the paragraph's start, or after a full stop, question or exclamation mark (and a closing quote). */
    static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?…][\"”’']?\\s)[\\s\"“‘']*$");
    private static final Pattern CLOSED = Pattern.compile("(?U)[.!?…][\"”’']?[\\s\"”’']*" + SentenceSplitter.SIGNATURE_DASH + "\\s*$");
}
