package radar.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;
import radar.statement.SpanLinks.Located;
import radar.statement.SpanLinks.Placed;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;

/**
 * Who said what, read from the spans a {@link SpanTagger} (the {@link AttributionModel}) marks: each content span is linked
 * to its cue ({@link SpanLinks}), each cue to the nearest source of its sentence that names someone (an addressee
 * excepted). What the spans do not give stays rule-based: which actor a source
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
    private final OwnClauses ownClauses;
    private final SubjectPhrase subjects;

    /** A sentence with no span is the outlet's. */
    LearnedAttribution(SpanTagger model, SpeakerFinder speakers) {
        this(model, speakers, null);
    }

    /** A sentence with no span is read by {@code unmarked} (the hand-written forms). */
    LearnedAttribution(SpanTagger model, SpeakerFinder speakers, Unmarked unmarked) {
        this.model = model;
        this.sources = new SourceResolver(speakers);
        this.claims = new ClaimMaker(speakers);
        this.subjects = speakers.subjects();
        this.ownClauses = new OwnClauses(subjects);
        this.unmarked = unmarked != null ? unmarked
                : (sentence, context) -> claims.claims(sentence, context.sourceSpeaker(), List.of(sentence.text()), Polarity.ASSERTS, context);
    }

    List<Claim> extract(List<Sentence> sentences, ArticleContext context) {
        Map<Integer, List<Placed>> byParagraph = new LinkedHashMap<>();
        int last = -1;
        for (Sentence s : sentences) {
            // A signature on a line of its own ("― Ana Ruiz", or "- Ana Ruiz", which the splitter takes for a bullet and
            // drops the dash of) is read with the paragraph it signs, dash and all (SpanMends.bylineCues).
            boolean signs = last >= 0 && !byParagraph.containsKey(s.paragraph())
                    && (s.kind() == Sentence.Kind.HEADING && isSignature(s.text()) || s.kind() == Sentence.Kind.BULLET && NAME_LINE.matcher(s.text()).matches());
            if (!signs) last = s.paragraph();
            Sentence read = signs && s.kind() == Sentence.Kind.BULLET ? new Sentence(s.index(), s.paragraph(), "― " + s.text(), Sentence.Kind.HEADING, s.start(), s.end()) : s;
            List<Placed> paragraph = byParagraph.computeIfAbsent(last, p -> new ArrayList<>());
            int offset = paragraph.isEmpty() ? 0 : paragraph.get(paragraph.size() - 1).end() + 1;
            paragraph.add(new Placed(read, offset));
        }
        List<List<Placed>> paragraphs = new ArrayList<>(byParagraph.values());
        List<String> texts = paragraphs.stream().map(p -> String.join(" ", p.stream().map(x -> x.sentence().text()).toList())).toList();
        List<List<Span>> tagged = model.tag(texts);
        List<Claim> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) out.addAll(paragraph(paragraphs.get(p), texts.get(p), tagged.get(p), context));
        return ClaimMaker.refutationsPointingBack(out);
    }

    /** "― Ana Ruiz", "- Sen. Jane Roe (@janeroe) May 2, 2016": a dash, then a name (capitalised words, a handle, a date), alone on a line. */
    static boolean isSignature(String line) {
        Matcher m = DASH.matcher(line.strip());
        return m.lookingAt() && NAME_LINE.matcher(line.strip().substring(m.end())).matches();
    }

    private static final Pattern DASH = Pattern.compile(SentenceSplitter.SIGNATURE_DASH + "\\s*");
    /** Up to eight words, each capitalised, a number, a handle or a joining word ("of", "de"), with commas between. */
    private static final Pattern NAME_LINE = Pattern.compile("(?U)\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:[\\p{Lu}\\d(@][\\p{L}\\d.'’@()_-]*,?|of|de|la|van|von|al|bin|and)){0,7}");

    private List<Claim> paragraph(List<Placed> placed, String text, List<Span> spans, ArticleContext context) {
        for (Placed p : placed) sources.learnAcronyms(p.sentence().text(), context);
        SpanLinks links = new SpanLinks(placed, text, spans);
        Map<Located, Located> cueOf = links.cues();
        // PolNeAR marks beliefs, plans and acts too ("the council plans to meet …", "the guild had accepted an offer"): what is
        // no reported speech stays the outlet's narration, with the spans that framed it.
        List<Located> dropped = new ArrayList<>();
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located cue = e.getValue();
            if (cue == null || speech(links.text(cue), links.text(e.getKey()))) continue;
            dropped.add(e.getKey());
            dropped.add(cue);
            Located source = links.nearest(cue, Role.SOURCE, cue.sentence(), cue.lastSentence());
            if (source != null) dropped.add(source);
        }
        cueOf.keySet().removeAll(dropped);
        // A sentence is spoken when it holds a kept attribution; a lone source or cue with no content says nothing.
        boolean[] spoken = new boolean[placed.size()];
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            for (int i = e.getKey().sentence(); i <= e.getKey().lastSentence(); i++) spoken[i] = true;
            if (e.getValue() != null) spoken[e.getValue().sentence()] = true;
        }
        Set<Located> addressees = links.addressees(cueOf);
        List<Claim> out = new ArrayList<>();
        Map<Located, Speaker> speakerOfCue = new LinkedHashMap<>();
        int paragraph = placed.get(0).sentence().paragraph();
        int observed = 0;
        Map<Located, SpanLinks.Joined> joined = links.parentheticalsJoined(cueOf);
        // Only a subject before the parenthesis: "Since May, X said, P" and "While P, she added, Q" are two readings of their own.
        joined.values().removeIf(j -> !subjects.isSubject(links.text(j.before())));
        Set<Located> absorbed = new HashSet<>();
        for (SpanLinks.Joined j : joined.values()) absorbed.add(j.before());
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located content = e.getKey(), cue = e.getValue();
            // The people the outlet's own sentences name before this one are who "he" and "she" can mean.
            for (; observed < content.sentence(); observed++) if (!spoken[observed]) sources.observe(placed.get(observed).sentence().text(), context);
            Speaker speaker = cue == null ? context.blockQuoteSpeaker(paragraph).orElseGet(() -> sources.unframed(links.text(content), context))
                    : speakerOfCue.computeIfAbsent(cue, c -> speaker(c, content, links, addressees, context));
            String cueText = cue == null ? "" : links.text(cue);
            if (joined.containsKey(content)) { // "The bridge, the mayor said, will reopen": one claim of the two contents
                spoken[content.sentence()] = true;
                out.addAll(claimsOf(placed.get(content.sentence()).sentence(), speaker, cueText, joined.get(content).words(), context));
                continue;
            }
            if (absorbed.contains(content)) continue;
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
        // An intention listed for its speaker ("…, pledging to reopen the port") leaves the sentence the outlet's report too.
        for (Claim c : out) if (c.polarity() != Polarity.INTENDS) claimed.add(c.sentence().index());
        Set<Integer> attributing = attributing(cueOf, links, placed, claimed);
        for (int s = 0; s < placed.size(); s++) {
            Sentence sentence = placed.get(s).sentence();
            boolean reported = spoken[s] && (claimed.contains(sentence.index()) || attributing.contains(s));
            // "While X called the plan a step forward, there has been no vote": the outlet's own clause beside a report.
            // (-DnoOwnClauses leaves it out: OwnClauseRun compares the two.)
            if (reported && !Boolean.getBoolean("noOwnClauses")) {
                for (String own : ownClauses.of(links.outside(s))) out.addAll(claims.claims(sentence, context.sourceSpeaker(), List.of(own), Polarity.ASSERTS, context));
            }
            if (reported || sentence.kind() == Sentence.Kind.HEADING) continue;
            if (s >= observed) sources.observe(sentence.text(), context);
            out.addAll(unmarked.claims(sentence, context));
        }
        // "He said:" closing the paragraph: the quote in the next one is his.
        Located opener = links.opener(placed.size() - 1);
        if (opener != null && !cueOf.containsValue(opener)) {
            context.opensBlockQuote(speakerOfCue.computeIfAbsent(opener, c -> speaker(c, c, links, addressees, context)), paragraph);
        }
        out.sort((a, b) -> Integer.compare(a.sentence().index(), b.sentence().index()));
        return out;
    }

    /** A cue with a verb that can introduce a quote ("said", "asked on the radio", "wrote"): {@link SpeechVerbs#introducesQuote}. */
    private static boolean sayingCue(String cue) {
        for (String word : cue.split("[^\\p{L}]+")) {
            if (SpeechVerbs.introducesQuote(word)) return true;
        }
        return false;
    }

    /** Content that opens or closes with a quotation mark: a quotation. */
    private static final Pattern QUOTED = Pattern.compile("(?s)[“\"‘'].*|.*[”\"’']");

    /**
     * Sentences that hold only the attribution of a quotation in other sentences ("“Why should we wait?” Governor Ana Ruiz replied
     * on the radio", split after the question mark): their claims are the quotation's, so only a clause of the outlet's own
     * beside the attribution is read there, not the whole sentence as narration. (-DnoAttributingSentences leaves this out.)
     */
    private Set<Integer> attributing(Map<Located, Located> cueOf, SpanLinks links, List<Placed> placed, Set<Integer> claimed) {
        Set<Integer> out = new HashSet<>();
        if (Boolean.getBoolean("noAttributingSentences")) return out;
        for (Map.Entry<Located, Located> e : cueOf.entrySet()) {
            Located content = e.getKey(), cue = e.getValue();
            if (cue == null || content.sentence() <= cue.sentence() && cue.sentence() <= content.lastSentence()) continue;
            // Only the attribution of a quotation: "The plan includes: P" or "He figures that P" split off is a sentence of its own.
            if (!QUOTED.matcher(links.text(content).strip()).matches()) continue;
            // By a verb of saying ("said", "asked", "wrote"): "He figures …" or "It lists …" is a claim of its own however tagged.
            if (!sayingCue(links.text(cue))) continue;
            // And nothing but it: in "Roloson supports Democrat Hillary Clinton." the words the tagger left are a claim.
            if (!links.outside(cue.sentence()).stream().allMatch(o -> subjects.isAdjunct(o.words()))) continue;
            for (int i = content.sentence(); i <= content.lastSentence(); i++) {
                if (claimed.contains(placed.get(i).sentence().index())) out.add(cue.sentence());
            }
        }
        return out;
    }

    /**
     * Who speaks through a cue: of the sources that could ({@link SpanLinks#speakerCandidates}), the first that names an
     * actor. A source that names no one ("this month announced", a time the tagger took for a speaker) gives way to the next;
     * one whose head cannot speak ("the mood in the capital suggests") does not: what it "says" is the outlet's.
     */
    private Speaker speaker(Located cue, Located content, SpanLinks links, Set<Located> addressees, ArticleContext context) {
        Speaker first = null;
        for (Located source : links.speakerCandidates(cue, content, addressees)) {
            Speaker speaker = spokenBy(source, links, context);
            if (first == null) first = speaker;
            if (!speaker.actor().equals(context.source) || sources.namesNoSpeaker(links.text(source))) return speaker;
        }
        if (first != null) return first;
        return sources.unsourced(links.text(cue), links.before(cue), context);
    }

    /** The actor a source span names (the outlet when it names none); a speaker other than the outlet is remembered. */
    private Speaker spokenBy(Located source, SpanLinks links, ArticleContext context) {
        Speaker speaker = sources.resolve(links.text(source), links.lead(source), context);
        if (!speaker.actor().equals(context.source)) context.spoke(speaker);
        return speaker;
    }

    /** A cue of reported speech: a speech or reporting verb, "according to", or any cue of a quote; a dispute verb only over a claim. */
    static boolean speech(String cue, String content) {
        String c = content.strip();
        if (c.startsWith("“") || c.startsWith("\"") || c.startsWith("‘")) return true;
        String lower = cue.toLowerCase(Locale.ROOT).strip();
        // "P ― Ana Ruiz": a dash before the signature of what it closes (SpanMends.bylineCues).
        if (lower.matches("[―—–-]+")) return true;
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
    private static final Pattern SPEECH_ACT = Pattern.compile("\\b(?:say|said|tell|told|add|not(?:e|ed|ing)\\b|stat(?:e|ed|es|ing|ement)"
            + "|claim|report|announc|wr[io]t|warn|argu|insist|explain|stress|tweet|ask|declar|suggest|acknowledg|admit|remark|reiterat|assert"
            + "|contend|predict|promis|pledg|vow|confirm|describ|call|recall|alleg|maintain|emphasi|respond|repl|testif|conced|quip|mention"
            + "|recount|accus|blam|critici|slam|condemn|rebut|interview|spokes|quot|post(?:ed|s)?\\b|comment|told)");

    private static final Pattern INFINITIVE = Pattern.compile("(?is)(?:not\\s+)?to\\s+\\p{L}.*");

    private static final Set<String> DISPUTE_VERBS = Set.of("deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
            "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "refuting", "dispute", "disputes", "disputed", "disputing");

    private List<Claim> claimsOf(Sentence sentence, Speaker speaker, String cue, String content, ArticleContext context) {
        String proposition = content.strip().replaceFirst("(?i)^that\\s+", "");
        // "vowed not to close the port", "refused to sell the land", "urged to stay": an infinitive is what the speaker
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
}
