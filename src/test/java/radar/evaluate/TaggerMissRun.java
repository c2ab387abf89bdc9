package radar.evaluate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.actor.SourceActors;
import radar.evaluate.PolnearFile.Attribution;
import radar.evaluate.PolnearFile.CueType;
import radar.evaluate.PolnearFile.Doc;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;
import radar.statement.AttributionModel;
import radar.statement.Claim;
import radar.statement.SpanTagger;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;
import radar.statement.StatementExtractor;

/**
 * An experiment, not a test: for each gold attribution of reported speech the service misses, which of its three
 * spans the tagger marked (half or more of the gold span's characters under a span of the same role). Says whether
 * a miss is the tagger's (content, cue or source not marked) or the reading's after it (all three marked).
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=radar.evaluate.TaggerMissRun -Dexec.args=FILE}
 */
public final class TaggerMissRun {

    public static void main(String[] args) throws Exception {
        List<Doc> docs = PolnearFile.read(Path.of(args[0]));
        SentenceSplitter splitter = new SentenceSplitter();
        RecordingTagger tagger = new RecordingTagger(AttributionModel.load(Path.of("models/attribution-minilm"), 2));
        StatementExtractor extractor = StatementExtractor.withTagger(new ActorRegistry(StandalonePipeline.config()), tagger);
        Map<String, Integer> counts = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (Doc doc : docs) {
            List<Sentence> sentences = splitter.split(doc.text());
            tagger.sentences = sentences;
            tagger.spans.clear();
            List<Claim> claims = extractor.extract(sentences, SourceActors.of(doc.publisher(), null));
            List<Claim> spoken = claims.stream().filter(c -> !Actor.OUTLET.equals(c.actor().kind())).toList();
            for (Attribution gold : doc.attributions()) {
                CueType type = CueType.of(gold);
                if (type == CueType.OTHER) continue;
                boolean found = AttributionEvaluation.found(spoken, gold);
                String key = (found ? "found " : "missed ") + marked(tagger.spans, Role.CONTENT, gold.contentSpans()) + marked(tagger.spans, Role.CUE, gold.cueSpans())
                        + (gold.speakerSpans() == null || gold.speakerSpans().isEmpty() ? "-" : marked(tagger.spans, Role.SOURCE, gold.speakerSpans()));
                counts.merge(key, 1, Integer::sum);
                if (!found) lines.add(key + " " + doc.doc() + " [" + type.label() + "] " + gold.speaker() + " / " + gold.cue() + " / " + gold.content()
                        + "\n    tagged: " + near(tagger.spans, doc.text(), gold));
            }
        }
        System.out.println("content / cue / source marked (C, Q, S) or not (c, q, s; - no gold source):");
        counts.forEach((k, v) -> System.out.println("  " + k + " " + v));
        Files.write(Path.of("target/evaluation/tagger-misses.txt"), lines);
    }

    private static String marked(List<Span> spans, Role role, List<List<Integer>> gold) {
        int total = 0, covered = 0;
        for (List<Integer> g : gold == null ? List.<List<Integer>>of() : gold) {
            total += g.get(1) - g.get(0);
            for (Span s : spans) if (s.role() == role) covered += Math.max(0, Math.min(s.end(), g.get(1)) - Math.max(s.start(), g.get(0)));
        }
        String letter = role == Role.CONTENT ? "c" : role == Role.CUE ? "q" : "s";
        return total > 0 && covered * 2 >= total ? letter.toUpperCase() : letter;
    }

    /** The tagger's spans within 200 characters of the gold content. */
    private static String near(List<Span> spans, String text, Attribution gold) {
        if (gold.contentSpans() == null || gold.contentSpans().isEmpty()) return "";
        int from = gold.contentSpans().get(0).get(0) - 200, to = gold.contentSpans().get(gold.contentSpans().size() - 1).get(1) + 200;
        StringBuilder b = new StringBuilder();
        for (Span s : spans) if (s.end() > from && s.start() < to) b.append(s.role()).append("[").append(text, s.start(), s.end()).append("] ");
        return b.toString();
    }

    /** The model's spans, kept in article offsets. */
    static final class RecordingTagger implements SpanTagger {
        private final SpanTagger model;
        List<Sentence> sentences;
        final List<Span> spans = new ArrayList<>();

        RecordingTagger(SpanTagger model) {
            this.model = model;
        }

        @Override
        public List<List<Span>> tag(List<String> paragraphs) {
            List<List<Span>> tagged = model.tag(paragraphs);
            int cursor = 0;
            for (int p = 0; p < paragraphs.size(); p++) {
                String text = paragraphs.get(p);
                List<int[]> placed = new ArrayList<>(); // {sentence start in article, offset in text, length}
                int pos = 0;
                for (int i = cursor; i < sentences.size() && pos < text.length(); i++) {
                    Sentence s = sentences.get(i);
                    if (text.startsWith(s.text(), pos)) {
                        placed.add(new int[] {s.start(), pos, s.text().length()});
                        pos += s.text().length() + 1;
                        cursor = i + 1;
                    }
                }
                for (Span s : tagged.get(p)) {
                    int[] at = null;
                    for (int[] q : placed) if (q[1] <= s.start()) at = q;
                    if (at != null) spans.add(new Span(s.role(), at[0] + s.start() - at[1], at[0] + s.end() - at[1]));
                }
            }
            return tagged;
        }
    }
}
