package radar.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import radar.sentence.Sentence;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;

/**
 * Who said what, read from the spans a {@link SpanTagger} (the {@link AttributionModel}) marks: each content span is linked
 * to the nearest cue (in its sentence, else the cue of the content it continues), each cue to the
 * nearest source in its sentence. What the spans do not give stays rule-based: which actor a source
 * phrase names ({@link SourceResolver}), and the proposition (frame words removed, a denial read
 * from its cue by {@link DisputeFrames}). A sentence with no span is the outlet's.
 */
final class LearnedAttribution {

    /** What to make of a sentence the tagger marked nothing in. */
    interface Unmarked {
        List<Claim> claims(Sentence sentence, ArticleContext context);
    }

    private final SpanTagger model;
    private final SourceResolver sources;
    private final ClaimMaker claims;
    private final Unmarked unmarked;

    /** A sentence with no span is the outlet's. */
    LearnedAttribution(SpanTagger model, SpeakerFinder speakers) {
        this(model, speakers, null);
    }

    /** A sentence with no span is read by {@code unmarked} (the hand-written forms). */
    LearnedAttribution(SpanTagger model, SpeakerFinder speakers, Unmarked unmarked) {
        this.model = model;
        this.sources = new SourceResolver(speakers);
        this.claims = new ClaimMaker(speakers);
        this.unmarked = unmarked != null ? unmarked
                : (sentence, context) -> claims.claims(sentence, context.sourceSpeaker(), List.of(sentence.text()), Polarity.ASSERTS, context);
    }

    /** A sentence's place in the paragraph text the tagger read. */
    private record Placed(Sentence sentence, int offset) {
        int end() {
            return offset + sentence.text().length();
        }
    }

    /** A span with the sentences it starts and ends in. */
    private record Located(Span span, int sentence, int lastSentence) {
        Role role() {
            return span.role();
        }
    }

    List<Claim> extract(List<Sentence> sentences, ArticleContext context) {
        Map<Integer, List<Placed>> byParagraph = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Placed> paragraph = byParagraph.computeIfAbsent(s.paragraph(), p -> new ArrayList<>());
            int offset = paragraph.isEmpty() ? 0 : paragraph.get(paragraph.size() - 1).end() + 1;
            paragraph.add(new Placed(s, offset));
        }
        List<List<Placed>> paragraphs = new ArrayList<>(byParagraph.values());
        List<String> texts = paragraphs.stream().map(p -> String.join(" ", p.stream().map(x -> x.sentence().text()).toList())).toList();
        List<List<Span>> tagged = model.tag(texts);
        List<Claim> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) out.addAll(paragraph(paragraphs.get(p), texts.get(p), tagged.get(p), context));
        return ClaimMaker.refutationsPointingBack(out);
    }

    private List<Claim> paragraph(List<Placed> placed, String text, List<Span> spans, ArticleContext context) {
        for (Placed p : placed) sources.learnAcronyms(p.sentence().text(), context);
        List<Located> located = new ArrayList<>();
        for (Span span : cuesJoined(spans, text)) {
            Span whole = wholeWords(span, text);
            located.add(new Located(whole, sentenceAt(placed, whole.start()), sentenceAt(placed, Math.max(whole.start(), whole.end() - 1))));
        }
        Map<Located, Located> cueOf = new LinkedHashMap<>();
        Located previousContent = null;
        for (Located content : located) {
            if (content.role() != Role.CONTENT) continue;
            Located cue = cueOf(content, located, text);
            // "“… . …,” she said.": a quote of several sentences, its cue in the sentence after it (one that says nothing of its own).
            int next = content.lastSentence() + 1;
            if (cue == null && located.stream().noneMatch(l -> l.role() == Role.CONTENT && l.sentence() == next)) cue = nearest(located, content, Role.CUE, next, next);
            // "He said:" closing the sentence before: the quote that follows is what he said.
            if (cue == null && content.sentence() > 0) cue = opener(located, placed, text, content.sentence() - 1);
            // A quote running on into the next sentence: the cue of the content it continues.
            if (cue == null && previousContent != null && cueOf.get(previousContent) != null) cue = cueOf.get(previousContent);
            cueOf.put(content, cue);
            previousContent = content;
        }
        // PolNeAR marks beliefs, plans and acts too ("the council plans to meet …", "the guild had accepted an offer"): what is
        // no reported speech stays the outlet's narration, with the spans that framed it.
        List<Located> dropped = new ArrayList<>();
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located cue = e.getValue();
            if (cue == null || speech(text.substring(cue.span().start(), cue.span().end()), text.substring(e.getKey().span().start(), e.getKey().span().end()))) continue;
            dropped.add(e.getKey());
            dropped.add(cue);
            Located source = nearest(located, cue, Role.SOURCE, cue.sentence(), cue.lastSentence());
            if (source != null) dropped.add(source);
        }
        cueOf.keySet().removeAll(dropped);
        // A sentence is spoken when it holds a kept attribution; a lone source or cue with no content says nothing.
        boolean[] spoken = new boolean[placed.size()];
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            for (int i = e.getKey().sentence(); i <= e.getKey().lastSentence(); i++) spoken[i] = true;
            if (e.getValue() != null) spoken[e.getValue().sentence()] = true;
        }
        // "X is telling a veterans group that P and says Q", "he said of Cruz": when a source comes before the cue, a source
        // right after the cue (after "of", "to", "on", "with" and two words at most), before its content, is whom or what
        // it was said to or of ("said Ana Ruiz, “…”" has no source before). Not so after "according to", a passive's "by"
        // or "from" ("was asked by a caller why …", "criticism from rivals that …"), which name the speaker.
        Set<Located> addressees = new HashSet<>();
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located cue = e.getValue(), content = e.getKey();
            if (cue == null || content.span().start() < cue.span().end() || SOURCE_AFTER.matcher(text.substring(cue.span().start(), cue.span().end())).find()) continue;
            boolean speakerBefore = located.stream().anyMatch(l -> l.role() == Role.SOURCE && l.sentence() == cue.sentence() && l.span().end() <= cue.span().start());
            if (!speakerBefore) continue;
            for (Located l : located) {
                if (l.role() == Role.SOURCE && l.span().start() >= cue.span().end() && l.span().end() <= content.span().start()
                        && OBJECT.matcher(text.substring(cue.span().end(), l.span().start())).matches()
                        && !AGENT.matcher(text.substring(cue.span().start(), l.span().start())).find()) addressees.add(l);
            }
        }
        List<Claim> out = new ArrayList<>();
        Map<Located, Speaker> speakerOfCue = new LinkedHashMap<>();
        int paragraph = placed.get(0).sentence().paragraph();
        int observed = 0;
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located content = e.getKey(), cue = e.getValue();
            // The people the outlet's own sentences name before this one are who "he" and "she" can mean.
            for (; observed < content.sentence(); observed++) if (!spoken[observed]) sources.observe(placed.get(observed).sentence().text(), context);
            Speaker speaker = cue == null ? context.blockQuoteSpeaker(paragraph).orElseGet(() -> sources.unframed(text.substring(content.span().start(), content.span().end()), context))
                    : speakerOfCue.computeIfAbsent(cue, c -> speaker(c, content, located, addressees, placed, text, context));
            String cueText = cue == null ? "" : text.substring(cue.span().start(), cue.span().end());
            for (int s = content.sentence(); s < placed.size() && placed.get(s).offset() < content.span().end(); s++) {
                spoken[s] = true;
                Placed sentence = placed.get(s);
                int from = Math.max(content.span().start(), sentence.offset()), to = Math.min(content.span().end(), sentence.end());
                if (to > from) out.addAll(claimsOf(sentence.sentence(), speaker, cueText, text.substring(from, to), context));
            }
        }
        // Sentences the tagger marked nothing in: the outlet's, or what the hand-written forms read there. So is a sentence
        // whose only attribution gave no claim (its content too short to hold one: "X voiced doubts about it"), so that
        // nothing the article says is lost.
        Set<Integer> claimed = new HashSet<>();
        // An intention listed for its speaker ("…, promising not to target the grid") leaves the sentence the outlet's report too.
        for (Claim c : out) if (c.polarity() != Polarity.INTENDS) claimed.add(c.sentence().index());
        for (int s = 0; s < placed.size(); s++) {
            Sentence sentence = placed.get(s).sentence();
            if (spoken[s] && claimed.contains(sentence.index()) || sentence.kind() == Sentence.Kind.HEADING) continue;
            if (s >= observed) sources.observe(sentence.text(), context);
            out.addAll(unmarked.claims(sentence, context));
        }
        // "He said:" closing the paragraph: the quote in the next one is his.
        Located opener = opener(located, placed, text, placed.size() - 1);
        if (opener != null && !cueOf.containsValue(opener)) {
            context.opensBlockQuote(speakerOfCue.computeIfAbsent(opener, c -> speaker(c, c, located, addressees, placed, text, context)), paragraph);
        }
        out.sort((a, b) -> Integer.compare(a.sentence().index(), b.sentence().index()));
        return out;
    }

    /**
     * Who speaks through a cue: the source spans of its sentence, nearest first, the first that names an actor. When the
     * content follows the cue ("X told the veterans that P"), a source before the cue comes first: in that order English
     * puts the speaker before the verb, and a source after it is whom they spoke to. A source that names no one ("this
     * month announced", a time the tagger took for a speaker) gives way to the next.
     */
    private Speaker speaker(Located cue, Located content, List<Located> located, Set<Located> addressees, List<Placed> placed, String text,
            ArticleContext context) {
        boolean contentAfter = content.span().start() >= cue.span().end();
        List<Located> candidates = new ArrayList<>();
        for (Located l : located) {
            if (l.role() == Role.SOURCE && l.sentence() >= cue.sentence() && l.sentence() <= cue.lastSentence() && !addressees.contains(l)) candidates.add(l);
        }
        candidates.sort(java.util.Comparator.<Located>comparingInt(l -> contentAfter && l.span().start() >= cue.span().end() ? 1 : 0)
                .thenComparingInt(l -> gap(l, cue)));
        Speaker first = null;
        for (Located source : candidates) {
            Speaker speaker = spokenBy(source, placed, text, context);
            if (first == null) first = speaker;
            if (!speaker.actor().equals(context.source)) return speaker;
        }
        return first != null ? first : sources.implicit(context);
    }

    /** The actor a source span names (the outlet when it names none); a speaker other than the outlet is remembered. */
    private Speaker spokenBy(Located source, List<Placed> placed, String text, ArticleContext context) {
        Placed sentence = placed.get(source.sentence());
        String phrase = text.substring(source.span().start(), source.span().end());
        String lead = text.substring(sentence.offset(), source.span().end());
        Speaker speaker = sources.resolve(phrase, lead, context);
        if (!speaker.actor().equals(context.source)) context.spoke(speaker);
        return speaker;
    }

    /** A cue that closes a sentence with a colon ("He said:", "The statement read:"): what follows is what was said. */
    private static Located opener(List<Located> located, List<Placed> placed, String text, int sentence) {
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
    private static Located cueOf(Located content, List<Located> located, String text) {
        Located best = null;
        for (Located l : located) {
            if (l.role() != Role.CUE || l.sentence() < content.sentence() || l.sentence() > content.lastSentence()) continue;
            if (l.span().start() >= content.span().end() && !trailing(content, l, located, text)) continue;
            if (best == null || gap(l, content) < gap(best, content)) best = l;
        }
        return best != null ? best : nearest(located, content, Role.CUE, content.sentence(), content.lastSentence());
    }

    /** Whether only punctuation, spaces and source spans lie between a content and a cue after it. */
    private static boolean trailing(Located content, Located cue, List<Located> located, String text) {
        // "that P and [encouraged] …": the tagger took the conjunction into the content; it still joins two verbs.
        if (CONJOINED.matcher(text.substring(content.span().start(), content.span().end())).find()) return false;
        StringBuilder between = new StringBuilder(text.substring(content.span().end(), cue.span().start()));
        int from = content.span().end();
        for (Located l : located) {
            if (l.role() != Role.SOURCE || l.span().start() < from || l.span().end() > cue.span().start()) continue;
            for (int i = l.span().start(); i < l.span().end(); i++) between.setCharAt(i - from, ' ');
        }
        return between.toString().matches("(?U)[\\s\\p{P}]*");
    }

    private static final java.util.regex.Pattern SOURCE_AFTER = java.util.regex.Pattern.compile("(?i)\\b(?:according\\s+to|as\\s+per)\\b");
    private static final java.util.regex.Pattern AGENT = java.util.regex.Pattern.compile("(?i)\\b(?:by|from)\\s*$");
    private static final java.util.regex.Pattern OBJECT = java.util.regex.Pattern.compile("(?iU)\\s*(?:(?:of|to|on|with)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}");
    private static final java.util.regex.Pattern CONJOINED = java.util.regex.Pattern.compile("(?i)\\s(?:and|or|but)[\\s\\p{P}]*$");

    private static int gap(Located a, Located b) {
        return Math.max(a.span().start() - b.span().end(), b.span().start() - a.span().end());
    }

    /** A cue of reported speech: a speech or reporting verb, "according to", or any cue of a quote; a dispute verb only over a claim. */
    static boolean speech(String cue, String content) {
        String c = content.strip();
        if (c.startsWith("“") || c.startsWith("\"") || c.startsWith("‘")) return true;
        String lower = cue.toLowerCase(Locale.ROOT).strip();
        // "Ukraine reportedly targeted …": an evidential adverb is the outlet hedging, not the subject speaking.
        if (lower.matches("(?:reportedly|allegedly|purportedly|apparently|supposedly|seemingly)")) return false;
        if (lower.contains("according to") || lower.matches("(?s).*\\bas per\\b.*")) return true;
        for (String word : lower.split("[^\\p{L}]+")) {
            // "rejected the claim that P" and "dismissed the report as “a fabrication”" report speech; "rejected a condition" is an act.
            if (DISPUTE_VERBS.contains(word)) {
                return DisputeFrames.read(word, c.replaceFirst("(?i)^that\\s+", "")) != null || c.contains("“") || c.contains("\"") || c.matches("(?s).*\\sas\\s.*");
            }
        }
        for (String word : lower.split("[^\\p{L}]+")) {
            if (SpeechVerbs.FRAMING.contains(word) || SpeechVerbs.FINDINGS.contains(word) || SpeechVerbs.STANCE.contains(word)) return true;
        }
        return SpeechVerbs.ANY.matcher(lower).find() || SPEECH_ACT.matcher(lower).find(); // "pointed to", "in a statement"
    }

    /** Speech acts by their stem, as verbs or nouns ("told", "in a statement", "the announcement", "calls for"). */
    private static final java.util.regex.Pattern SPEECH_ACT = java.util.regex.Pattern.compile("\\b(?:say|said|tell|told|add|not(?:e|ed|ing)\\b|stat(?:e|ed|es|ing|ement)"
            + "|claim|report|announc|wr[io]t|warn|argu|insist|explain|stress|tweet|ask|declar|suggest|acknowledg|admit|remark|reiterat|assert"
            + "|contend|predict|promis|pledg|vow|confirm|describ|call|recall|alleg|maintain|emphasi|respond|repl|testif|conced|quip|mention"
            + "|recount|accus|blam|critici|slam|condemn|rebut|interview|spokes|quot|post(?:ed|s)?\\b|comment|told)");

    private static final java.util.regex.Pattern INFINITIVE = java.util.regex.Pattern.compile("(?is)(?:not\\s+)?to\\s+\\p{L}.*");

    private static final Set<String> DISPUTE_VERBS = Set.of("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
            "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "refuting", "dispute", "disputes", "disputed", "disputing");

    private List<Claim> claimsOf(Sentence sentence, Speaker speaker, String cue, String content, ArticleContext context) {
        String proposition = content.strip().replaceFirst("(?i)^that\\s+", "");
        // "vowed not to target the grid", "refused to cede any territory", "urged to stay": an infinitive is what the speaker
        // commits to or calls for, not a proposition true or false now. Listed with its verb (which may turn it round), never paired.
        if (INFINITIVE.matcher(proposition).matches() && !cue.isBlank()) {
            return claims.claims(sentence, speaker, List.of(cue.strip() + " " + proposition), Polarity.INTENDS, context);
        }
        // The frames that turn round what is claimed: "denied that P", "blamed X for Y" (X caused Y), "put the number of dead at N".
        for (String verb : cue.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!(DISPUTE_VERBS.contains(verb) || verb.startsWith("accus") || verb.startsWith("blam") || verb.equals("put") || verb.equals("puts"))) continue;
            DisputeFrames.Framed framed = DisputeFrames.read(verb, proposition);
            if (framed == null) break;
            if (framed.polarity() != Polarity.DENIES) return claims.claims(sentence, speaker, List.of(framed.proposition()), framed.polarity(), context);
            // "denied it was to blame for the spill, saying P": denies its own blame, asserts P.
            String denier = SubjectPhrase.SUBJECT_PRONOUNS.contains(speaker.asWritten().toLowerCase(Locale.ROOT)) ? speaker.actor().name() : speaker.asWritten();
            List<String> read = DisputeFrames.deniedAndAsserted(framed.proposition(), denier);
            List<Claim> out = new ArrayList<>(claims.claims(sentence, speaker, List.of(read.get(0)), Polarity.DENIES, context));
            if (read.size() > 1) out.addAll(claims.claims(sentence, speaker, List.of(read.get(1)), Polarity.ASSERTS, context));
            return out;
        }
        return claims.claims(sentence, speaker, List.of(proposition), Polarity.ASSERTS, context);
    }

    /** The span of a role nearest to {@code from} (fewest characters between them) that starts in sentences first..last, or null. */
    private static Located nearest(List<Located> located, Located from, Role role, int first, int last) {
        Located best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Located l : located) {
            if (l.role() != role || l.sentence() < first || l.sentence() > last) continue;
            int gap = Math.max(l.span().start() - from.span().end(), from.span().start() - l.span().end());
            if (gap < bestGap) {
                best = l;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * "said [on] Wednesday": a cue the tagger broke at an untagged word is one cue again, so that the part with no
     * speech word in it ("Wednesday") is not taken for the cue of the content after it. Cue spans a short run of words
     * apart, with no punctuation between them, are joined.
     */
    static List<Span> cuesJoined(List<Span> spans, String text) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.role() == Role.CUE && span.role() == Role.CUE && span.start() >= last.end()
                    && text.substring(last.end(), span.start()).matches("[\\p{L}\\s]{0,12}")) {
                out.set(out.size() - 1, new Span(Role.CUE, last.start(), span.end()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** A span that starts or ends inside a word ("Pen" of "Pence": its last word piece untagged) covers the whole word. */
    private static Span wholeWords(Span span, String text) {
        int start = span.start(), end = span.end();
        while (start > 0 && inWord(text.charAt(start - 1)) && inWord(text.charAt(start))) start--;
        while (end < text.length() && end > 0 && inWord(text.charAt(end)) && inWord(text.charAt(end - 1))) end++;
        return new Span(span.role(), start, end);
    }

    /** Letters, digits and the hyphens and apostrophes inside words ("Hamas-run", "Peskov’s"). */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    private static int sentenceAt(List<Placed> placed, int offset) {
        for (int i = placed.size() - 1; i >= 0; i--) if (placed.get(i).offset() <= offset) return i;
        return 0;
    }
}
