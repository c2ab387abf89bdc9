package radar.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import radar.actor.ActorRegistry;
import radar.evaluate.PolnearFile.Attribution;
import radar.evaluate.PolnearFile.Doc;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;
import radar.statement.SpanTagger;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;
import radar.statement.StatementExtractor;

/**
 * An experiment, not a test: PolNeAR's own labelled spans given to the service's reading of spans (linking,
 * speech filter, speaker resolution, propositions) in place of the tagger's. What is lost here is lost after
 * tagging, whatever the tagger. {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=radar.evaluate.GoldSpanRun -Dexec.args=FILE}
 */
public final class GoldSpanRun {

    public static void main(String[] args) throws Exception {
        List<Doc> docs = PolnearFile.read(Path.of(args[0]));
        SentenceSplitter splitter = new SentenceSplitter();
        GoldTagger tagger = new GoldTagger();
        StatementExtractor extractor = StatementExtractor.withTagger(new ActorRegistry(StandalonePipeline.config()), tagger);
        AttributionEvaluation e = new AttributionEvaluation(List.of(), splitter, extractor);
        for (Doc doc : docs) {
            tagger.doc = doc;
            tagger.sentences = splitter.split(doc.text());
            e.add(doc, splitter, extractor);
        }
        EvaluateCommand.print(e, Path.of(args[0] + " (gold spans)"), System.out);
        java.nio.file.Files.write(Path.of("target/evaluation/gold-span-misses.txt"), e.missed);
        java.nio.file.Files.write(Path.of("target/evaluation/gold-span-wrong.txt"), e.wrong);
    }

    /** Gives, for each paragraph the service packs, the gold spans that fall in it. */
    static final class GoldTagger implements SpanTagger {
        Doc doc;
        List<Sentence> sentences;

        @Override
        public List<List<Span>> tag(List<String> paragraphs) {
            List<List<Span>> out = new ArrayList<>();
            int cursor = 0;
            for (String text : paragraphs) {
                // Which sentences of the article this paragraph text is, and where each starts in it.
                List<int[]> placed = new ArrayList<>(); // {sentence start in article, sentence end, offset in text}
                int pos = 0;
                for (int i = cursor; i < sentences.size() && pos < text.length(); i++) {
                    Sentence s = sentences.get(i);
                    if (text.startsWith(s.text(), pos)) {
                        placed.add(new int[] {s.start(), s.end(), pos});
                        pos += s.text().length() + 1;
                        cursor = i + 1;
                    }
                }
                List<Span> spans = new ArrayList<>();
                for (Attribution a : doc.attributions()) {
                    add(spans, Role.SOURCE, a.speakerSpans(), placed, text);
                    add(spans, Role.CUE, a.cueSpans(), placed, text);
                    add(spans, Role.CONTENT, a.contentSpans(), placed, text);
                }
                spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
                out.add(spans);
            }
            return out;
        }

        private static void add(List<Span> spans, Role role, List<List<Integer>> gold, List<int[]> placed, String text) {
            if (gold == null) return;
            for (List<Integer> g : gold) {
                int from = map(g.get(0), placed, false), to = map(g.get(1), placed, true);
                if (from >= 0 && to > from && to <= text.length()) spans.add(new Span(role, from, to));
            }
        }

        /** An article offset as an offset of the paragraph text, or -1 when the paragraph does not hold it. */
        private static int map(int offset, List<int[]> placed, boolean end) {
            for (int[] p : placed) {
                if (offset >= p[0] && (end ? offset <= p[1] : offset < p[1])) {
                    // sentence text may be trimmed relative to [start, end): clamp
                    return p[2] + Math.min(offset - p[0], p[1] - p[0]);
                }
            }
            return -1;
        }
    }
}
