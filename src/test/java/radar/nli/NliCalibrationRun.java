package radar.nli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the decision rule on held-out NLI data: scores every pair of the given TSV files in
 * both directions and prints precision / recall / F1 of "contradiction" for a grid of thresholds
 * and margins. Not a unit test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=radar.nli.NliCalibrationRun -Dexec.args="models/nli-minilm-l6 ../shared/eval/nli/mnli_mm.tsv ..."}.
 */
public final class NliCalibrationRun {

    record Scored(boolean contradiction, NliProbabilities forward, NliProbabilities backward) {}

    public static void main(String[] args) throws IOException {
        Path modelDir = Path.of(args[0]);
        int limit = Integer.getInteger("limit", Integer.MAX_VALUE);
        batchSize = Integer.getInteger("batch", 1);
        List<Scored> all = new ArrayList<>();
        try (NliModel model = NliModel.load(modelDir, 256, 2, 1)) {
            for (int f = 1; f < args.length; f++) {
                List<Scored> set = score(model, Path.of(args[f]), limit);
                dump(Path.of(args[f]), set);
                System.out.println("== " + args[f] + " (" + set.size() + " pairs)");
                report(set);
                all.addAll(set);
            }
        }
        System.out.println("== all (" + all.size() + " pairs)");
        report(all);
    }

    /** Pairs per inference; 1 = what the service does by default (see README, "Batching"). */
    static int batchSize = 1;

    static List<Scored> score(NliModel model, Path tsv, int limit) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 3 && !cols[0].equals("label")) rows.add(cols);
            if (rows.size() >= limit) break;
        }
        List<Scored> out = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < rows.size(); i += batchSize) {
            List<String[]> batch = rows.subList(i, Math.min(rows.size(), i + batchSize));
            List<String> p = batch.stream().map(r -> r[1]).toList();
            List<String> h = batch.stream().map(r -> r[2]).toList();
            List<NliProbabilities> fwd = model.predict(p, h);
            List<NliProbabilities> bwd = model.predict(h, p);
            for (int j = 0; j < batch.size(); j++) {
                out.add(new Scored(batch.get(j)[0].equals("contradiction"), fwd.get(j), bwd.get(j)));
            }
        }
        System.out.printf(Locale.ROOT, "scored %d pairs x2 in %.1f s%n", rows.size(), (System.nanoTime() - start) / 1e9);
        return out;
    }

    /** Keeps the raw probabilities so other rules can be compared without scoring again. */
    static void dump(Path tsv, List<Scored> set) throws IOException {
        Path out = Path.of("target", "calibration", tsv.getFileName().toString().replace(".tsv", ".scores.tsv"));
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>();
        for (Scored s : set) {
            lines.add(String.format(Locale.ROOT, "%d\t%.4f\t%.4f\t%.4f\t%.4f", s.contradiction() ? 1 : 0,
                    s.forward().contradiction(), s.forward().entailment(), s.backward().contradiction(), s.backward().entailment()));
        }
        Files.write(out, lines);
    }

    /** The rule the service applies: some direction has P(C) >= threshold and P(C) - P(E) >= margin. */
    static boolean flagged(Scored s, double threshold, double margin, boolean bothDirections) {
        return passes(s.forward(), threshold, margin) || (bothDirections && passes(s.backward(), threshold, margin));
    }

    static boolean passes(NliProbabilities p, double threshold, double margin) {
        return p.contradiction() >= threshold && p.contradiction() - p.entailment() >= margin;
    }

    static void report(List<Scored> set) {
        for (boolean both : new boolean[] {false, true}) {
            for (double margin : new double[] {0.0, 0.3, 0.5}) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s margin %.1f:", both ? "both" : "fwd ", margin));
                for (double t = 0.3; t <= 0.951; t += 0.05) {
                    int tp = 0, fp = 0, fn = 0;
                    for (Scored s : set) {
                        boolean f = flagged(s, t, margin, both);
                        if (f && s.contradiction()) tp++;
                        else if (f) fp++;
                        else if (s.contradiction()) fn++;
                    }
                    double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
                    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
                    line.append(String.format(Locale.ROOT, " t%.2f P%.2f R%.2f", t, p, r));
                }
                System.out.println(line);
            }
        }
    }
}
