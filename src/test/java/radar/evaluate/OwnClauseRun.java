package radar.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.actor.SourceActors;
import radar.evaluate.PolnearFile.Attribution;
import radar.evaluate.PolnearFile.Doc;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;
import radar.statement.Claim;
import radar.statement.StatementExtractor;

/**
 * An experiment, not a test: the outlet's own clauses beside a report (`OwnClauses`) held against PolNeAR, which gives
 * every word outside an attribution to the author. A clause is right when at most a fifth of it lies in a labelled
 * content. Run on articles the rule was not written from: PolNeAR train (every fifth article, sorted by name, when
 * the second argument is "fold0").
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=radar.evaluate.OwnClauseRun -Dexec.args="FILE [fold0]"}
 */
public final class OwnClauseRun {

    public static void main(String[] args) throws Exception {
        List<Doc> docs = PolnearFile.read(Path.of(args[0]));
        if (args.length > 1 && args[1].equals("fold0")) {
            List<Doc> sorted = docs.stream().sorted((a, b) -> a.doc().compareTo(b.doc())).toList();
            docs = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i += 5) docs.add(sorted.get(i));
        }
        SentenceSplitter splitter = new SentenceSplitter();
        StatementExtractor extractor = StatementExtractor.learned(new ActorRegistry(StandalonePipeline.config()), Path.of("models/attribution-minilm"));
        int fired = 0, right = 0;
        List<String> lines = new ArrayList<>();
        for (Doc doc : docs) {
            List<Sentence> sentences = splitter.split(doc.text());
            System.setProperty("noOwnClauses", "true");
            Set<String> without = new HashSet<>();
            for (Claim c : extractor.extract(sentences, SourceActors.of(doc.publisher(), null))) without.add(c.sentence().index() + " " + c.text());
            System.clearProperty("noOwnClauses");
            for (Claim c : extractor.extract(sentences, SourceActors.of(doc.publisher(), null))) {
                if (!Actor.OUTLET.equals(c.actor().kind()) || without.contains(c.sentence().index() + " " + c.text())) continue;
                Sentence s = c.sentence();
                String head = c.text().substring(0, Math.min(25, c.text().length()));
                int at = doc.text().indexOf(head, s.start());
                int from = at < 0 ? s.start() : at, to = at < 0 ? s.end() : Math.min(doc.text().length(), at + c.text().length());
                int inContent = 0;
                for (int i = from; i < to; i++) if (inContent(doc, i)) inContent++;
                boolean ok = at >= 0 && inContent * 5 <= to - from;
                fired++;
                if (ok) right++;
                lines.add((ok ? "right " : "wrong ") + doc.doc() + ": [" + c.text() + "] in: " + s.text());
            }
        }
        lines.forEach(System.out::println);
        System.out.printf("own clauses: %d fired in %d articles, %d right (outside every labelled content)%n", fired, docs.size(), right);
    }

    private static boolean inContent(Doc doc, int i) {
        for (Attribution a : doc.attributions()) {
            if (a.contentSpans() == null) continue;
            for (List<Integer> span : a.contentSpans()) if (i >= span.get(0) && i < span.get(1)) return true;
        }
        return false;
    }
}
