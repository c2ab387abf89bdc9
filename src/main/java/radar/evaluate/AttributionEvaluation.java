package radar.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import radar.actor.Actor;
import radar.actor.SourceActors;
import radar.evaluate.PolnearFile.Attribution;
import radar.evaluate.PolnearFile.CueType;
import radar.evaluate.PolnearFile.Doc;
import radar.sentence.SentenceSplitter;
import radar.statement.Claim;
import radar.statement.Grammar;
import radar.statement.StatementExtractor;
import radar.topic.Terms;

/**
 * Who said what, held against hand-labelled attribution. A statement belongs to a gold
 * attribution when at least half of its words are in the gold content and its actor (canonical
 * or as written) shares a word with the gold speaker. A gold attribution is found when the
 * statements that belong to it cover at least half of its content's words (a quote of three
 * sentences is three statements here, one span there). Recall is over the gold attributions of
 * reported speech, by cue type; precision over the statements given a speaker (not the outlet),
 * each belonging to some gold attribution.
 */
final class AttributionEvaluation {

    private static final double MIN_COVER = 0.5;

    record Counts(int found, int total) {
        double ratio() {
            return total == 0 ? 0 : (double) found / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d = %.3f", found, total, ratio());
        }
    }

    final Map<CueType, int[]> recall = new EnumMap<>(CueType.class);
    int attributed, attributedRight;
    /** Statements in all, and those whose actor is neither the outlet nor named by a noun (an adverb, a bare pronoun, a determiner). */
    int statements, notAnActor;
    final List<String> notActors = new ArrayList<>();
    private final Grammar grammar = new Grammar();
    final List<String> missed = new ArrayList<>();
    final List<String> wrong = new ArrayList<>();

    AttributionEvaluation(List<Doc> docs, SentenceSplitter splitter, StatementExtractor extractor) {
        for (CueType type : CueType.values()) recall.put(type, new int[2]);
        for (Doc doc : docs) add(doc, splitter, extractor);
    }

    /** Reads one more article and counts it. */
    void add(Doc doc, SentenceSplitter splitter, StatementExtractor extractor) {
        evaluate(doc, extractor.extract(splitter.split(doc.text()), SourceActors.of(doc.publisher(), null)));
    }

    private void evaluate(Doc doc, List<Claim> claims) {
        List<Claim> spoken = claims.stream().filter(c -> !Actor.OUTLET.equals(c.actor().kind())).toList();
        statements += claims.size();
        for (Claim c : spoken) {
            if (grammar.tag(c.actor().name()).stream().noneMatch(t -> t.is("NOUN", "PROPN"))) {
                notAnActor++;
                notActors.add(doc.doc() + " " + c.actor().name() + " (\"" + c.actorAsWritten() + "\"): " + c.text());
            }
        }
        for (Attribution gold : doc.attributions()) {
            CueType type = CueType.of(gold);
            int[] counts = recall.get(type);
            counts[1]++;
            if (found(spoken, gold)) counts[0]++;
            else if (type != CueType.OTHER) missed.add(doc.doc() + " [" + type.label() + "] " + gold.speaker() + " / " + gold.cue() + " / " + gold.content()
                    + "\n    ours: " + closest(claims, gold));
        }
        for (Claim c : spoken) {
            attributed++;
            if (doc.attributions().stream().anyMatch(g -> belongs(c, g))) attributedRight++;
            else wrong.add(doc.doc() + " " + c.actor().name() + " (\"" + c.actorAsWritten() + "\"): " + c.text());
        }
    }

    Counts recall(CueType type) {
        int[] c = recall.get(type);
        return new Counts(c[0], c[1]);
    }

    /** Recall over all reported speech (every type but OTHER). */
    Counts reportedSpeechRecall() {
        int found = 0, total = 0;
        for (CueType type : CueType.values()) {
            if (type == CueType.OTHER) continue;
            found += recall.get(type)[0];
            total += recall.get(type)[1];
        }
        return new Counts(found, total);
    }

    Counts notAnActor() {
        return new Counts(notAnActor, statements);
    }

    Counts precision() {
        return new Counts(attributedRight, attributed);
    }

    static boolean belongs(Claim claim, Attribution gold) {
        if (gold.content() == null || gold.speaker() == null) return false;
        Set<String> ours = new HashSet<>(Terms.words(claim.text()));
        if (ours.isEmpty()) return false;
        Set<String> shared = new HashSet<>(ours);
        shared.retainAll(new HashSet<>(Terms.words(gold.content())));
        if (shared.size() < MIN_COVER * ours.size()) return false;
        Set<String> speaker = speakerWords(gold.speaker());
        speaker.retainAll(speakerWords(claim.actor().name() + " " + claim.actorAsWritten()));
        return !speaker.isEmpty();
    }

    static boolean found(List<Claim> claims, Attribution gold) {
        Set<String> theirs = gold.content() == null ? Set.of() : new HashSet<>(Terms.words(gold.content()));
        if (theirs.isEmpty()) return false;
        Set<String> covered = new HashSet<>();
        for (Claim c : claims) {
            if (belongs(c, gold)) covered.addAll(Terms.words(c.text()));
        }
        covered.retainAll(theirs);
        return covered.size() >= MIN_COVER * theirs.size();
    }

    /** Words that can name a speaker: pronouns count ("he" said), articles do not. */
    private static Set<String> speakerWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !Set.of("the", "an", "of", "and", "s", "its", "his", "her", "their").contains(w)) words.add(w);
        }
        return words;
    }

    private static String closest(List<Claim> claims, Attribution gold) {
        Set<String> theirs = new HashSet<>(Terms.words(gold.content()));
        Claim best = null;
        int bestShared = 0;
        for (Claim c : claims) {
            Set<String> shared = new HashSet<>(Terms.words(c.text()));
            shared.retainAll(theirs);
            if (shared.size() > bestShared) {
                best = c;
                bestShared = shared.size();
            }
        }
        return best == null ? "nothing" : best.actor().name() + " (\"" + best.actorAsWritten() + "\"): " + best.text();
    }
}
