package radar.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import radar.actor.ActorRegistry;
import radar.actor.SourceActors;
import radar.evaluate.PolnearFile.Doc;
import radar.sentence.SentenceSplitter;
import radar.statement.AttributionModel;
import radar.statement.Claim;
import radar.statement.StatementExtractor;

/**
 * An experiment, not a test: where a form of the reading switched off by a system property ({@code PROPERTY=true}) changes
 * who is said to say what, on articles it was not written from. Each article is read with the form and without it; every
 * statement that differs is printed, and for PolNeAR, whether it belongs to a labelled attribution
 * ({@link AttributionEvaluation#belongs}). Input: JSON lines with "doc" and "text" (and "attributions" for PolNeAR).
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=radar.evaluate.FormDiffRun
 * -Dexec.args="FILE PROPERTY [every-nth [tagger-dir]]"}. The bundled tagger has seen PolNeAR train; a
 * cross-validation fold's tagger ({@code target/cv/fold-i/model}) reads its held-out fifth as unseen text.
 */
public final class FormDiffRun {

    public static void main(String[] args) throws Exception {
        List<Doc> docs = PolnearFile.read(Path.of(args[0]));
        String property = args[1];
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path modelDir = Path.of(args.length > 3 ? args[3] : "models/attribution-minilm");
        SentenceSplitter splitter = new SentenceSplitter();
        int[] with = new int[3], without = new int[3]; // statements that differ: in all, labelled-right, of a labelled article
        try (AttributionModel model = AttributionModel.load(modelDir, 2)) {
            StatementExtractor extractor = StatementExtractor.withTagger(new ActorRegistry(StandalonePipeline.config()), model);
            for (int d = 0; d < docs.size(); d += every) {
                Doc doc = docs.get(d);
                System.setProperty(property, "false");
                List<String> on = describe(extractor.extract(splitter.split(doc.text()), SourceActors.of(doc.publisher(), null)), doc);
                System.setProperty(property, "true");
                List<String> off = describe(extractor.extract(splitter.split(doc.text()), SourceActors.of(doc.publisher(), null)), doc);
                report(doc, on, off, "+ ", with);
                report(doc, off, on, "- ", without);
            }
        }
        System.out.printf("with the form only: %d statements (%d belong to a labelled attribution); without it only: %d (%d)%n",
                with[0], with[1], without[0], without[1]);
    }

    private static void report(Doc doc, List<String> mine, List<String> other, String sign, int[] counts) {
        List<String> left = new ArrayList<>(other);
        for (String s : mine) {
            if (left.remove(s)) continue;
            counts[0]++;
            if (s.startsWith("RIGHT")) counts[1]++;
            System.out.println(sign + doc.doc() + " " + s);
        }
    }

    private static List<String> describe(List<Claim> claims, Doc doc) {
        List<String> out = new ArrayList<>();
        for (Claim c : claims) {
            String verdict = doc.attributions() == null || doc.attributions().isEmpty() ? ""
                    : doc.attributions().stream().anyMatch(g -> AttributionEvaluation.belongs(c, g)) ? "RIGHT " : "WRONG ";
            out.add(verdict + c.actor().name() + " (\"" + c.actorAsWritten() + "\"): " + c.text() + "   <<" + c.sentence().text() + ">>");
        }
        return out;
    }
}
