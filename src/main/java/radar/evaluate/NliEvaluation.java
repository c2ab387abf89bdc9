package radar.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import radar.evaluate.LabelledArticles.LabelledArticle;
import radar.nli.NliModel;
import radar.nli.NliProbabilities;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;

/**
 * An NLI model measured through the serving path (DJL tokenizer, ONNX Runtime, batch 1): 3-way
 * accuracy on held-out NLI sets, and how it ranks real news contradictions: the gold pairs of a
 * labelled news folder, clear contradictions against consistent look-alikes plus random pairs of
 * sentences of one article, each pair scored by the larger P(contradiction) of its two directions.
 *
 * <pre>./mvnw -q compile exec:java@evaluate -Dexec.args="--nli models/nli-minilm-l6 [--nli-sets FILE,FILE,...]"</pre>
 */
final class NliEvaluation {

    static final List<String> SETS = List.of("mnli_mm", "snli_test", "anli_test", "fool_me_twice", "fever_sym", "healthver_test");
    private static final int RANDOM_PAIRS_PER_ARTICLE = 20;

    private NliEvaluation() {}

    static void run(Path modelDir, List<Path> sets, Path newsArticles, Path newsGold, PrintStream out) throws IOException {
        try (NliModel model = NliModel.load(modelDir, 256, 2, 1)) {
            out.printf(Locale.ROOT, "%nNLI model %s (through the serving path)%n", modelDir);
            for (Path set : sets) {
                if (!Files.isRegularFile(set)) {
                    out.printf("  %-24s missing (%s)%n", set.getFileName(), set);
                    continue;
                }
                long start = System.nanoTime();
                int[] counts = accuracy(model, set);
                out.printf(Locale.ROOT, "  %-24s %5.1f%%  (%d pairs, %.0f s)%n", set.getFileName(), 100.0 * counts[0] / counts[1], counts[1],
                        (System.nanoTime() - start) / 1e9);
            }
            if (Files.isDirectory(newsArticles) && Files.isRegularFile(newsGold)) ranking(model, newsArticles, newsGold, out);
        }
    }

    /** [right, total] over a TSV of label, premise, hypothesis. */
    private static int[] accuracy(NliModel model, Path set) throws IOException {
        int right = 0, total = 0;
        for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 3) continue;
            NliProbabilities p = model.predict(List.of(f[1]), List.of(f[2])).get(0);
            if (label(p).equals(f[0])) right++;
            total++;
        }
        return new int[] {right, total};
    }

    private static void ranking(NliModel model, Path articles, Path goldFile, PrintStream out) throws IOException {
        GoldFile gold = GoldFile.read(goldFile);
        List<Double> clear = new ArrayList<>(), negative = new ArrayList<>();
        for (GoldFile.Pair pair : gold.contradictions()) {
            if (pair.clear()) clear.add(score(model, pair.a().quote(), pair.b().quote()));
        }
        for (GoldFile.Pair pair : gold.consistent()) negative.add(score(model, pair.a().quote(), pair.b().quote()));
        int consistent = negative.size();
        Random random = new Random(42);
        SentenceSplitter splitter = new SentenceSplitter();
        for (LabelledArticle article : LabelledArticles.read(articles)) {
            List<Sentence> sentences = splitter.split(article.input().text());
            for (int i = 0; i < RANDOM_PAIRS_PER_ARTICLE && sentences.size() > 1; i++) {
                int a = random.nextInt(sentences.size()), b = random.nextInt(sentences.size() - 1);
                if (b >= a) b++;
                negative.add(score(model, sentences.get(a).text(), sentences.get(b).text()));
            }
        }
        double[] neg = negative.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double fpr5 = neg[(int) Math.floor(0.95 * (neg.length - 1))];
        long caught = clear.stream().filter(s -> s > fpr5).count();
        out.printf(Locale.ROOT, "  news ranking (%s): %d clear contradictions against %d consistent + %d random same-article pairs%n",
                articles, clear.size(), consistent, neg.length - consistent);
        out.printf(Locale.ROOT, "    ROC AUC %.3f; recall at 5%% false-positive rate %.2f (%d/%d, threshold %.3f); median P(contradiction) of clear pairs %.3f%n",
                auc(clear, neg), (double) caught / clear.size(), caught, clear.size(), fpr5, median(clear));
    }

    private static String label(NliProbabilities p) {
        if (p.contradiction() >= p.entailment() && p.contradiction() >= p.neutral()) return "contradiction";
        return p.entailment() >= p.neutral() ? "entailment" : "neutral";
    }

    /** The larger P(contradiction) of the two directions, each scored alone as the service scores it (batch 1). */
    private static double score(NliModel model, String a, String b) {
        double ab = model.predict(List.of(a), List.of(b)).get(0).contradiction();
        double ba = model.predict(List.of(b), List.of(a)).get(0).contradiction();
        return Math.max(ab, ba);
    }

    static double auc(List<Double> positives, double[] negatives) {
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) wins += p > n ? 1 : p == n ? 0.5 : 0;
        }
        return wins / (positives.size() * (double) negatives.length);
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static List<Path> defaultSets(Path evalDir) {
        return new ArrayList<>(Arrays.asList(SETS.stream().map(s -> evalDir.resolve(s + ".tsv")).toArray(Path[]::new)));
    }
}
