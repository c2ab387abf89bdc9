package radar.nli;

import radar.contradiction.ContradictionRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How the decision rule was chosen: scores every pair of the held-out sets in both directions and
 * prints precision / recall / F1 of "contradiction" for a grid of thresholds and margins, then the
 * F1-best setting on MultiNLI-mismatched + FEVER-Symmetric (the sets closest to news claims).
 * Takes about six minutes on two cores, so it is not part of the suite:
 * {@code ./mvnw test -Dtest=NliCalibrationRun -Dcalibrate=true [-Dmodel=models/other-model]}
 */
@EnabledIfSystemProperty(named = "calibrate", matches = "true")
class NliCalibrationRun {

    static final double[] THRESHOLDS = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};
    static final double[] MARGINS = {0.0, 0.1, 0.2, 0.3, 0.5};

    @Test
    void chooseThresholdAndMargin() throws Exception {
        Path modelDir = Path.of(System.getProperty("model", "models/nli-minilm-l6"));
        Map<String, List<HeldOutSet.Scored>> sets = new LinkedHashMap<>();
        try (NliModel model = NliModel.load(modelDir, 256, 2, 1)) {
            for (String name : List.of("mnli_mm", "fever_sym", "snli_test", "sick_test", "healthver_test")) {
                long start = System.nanoTime();
                sets.put(name, HeldOutSet.score(model, HeldOutSet.EVAL.resolve(name + ".tsv"), Integer.MAX_VALUE));
                System.out.printf(Locale.ROOT, "%s: %d pairs scored both ways in %.0f s%n", name, sets.get(name).size(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        List<HeldOutSet.Scored> news = new ArrayList<>(sets.get("mnli_mm"));
        news.addAll(sets.get("fever_sym"));
        double bestF1 = -1, bestT = 0, bestM = 0;
        for (double m : MARGINS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "margin %.1f:", m));
            for (double t : THRESHOLDS) {
                HeldOutSet.Quality q = HeldOutSet.quality(news, new ContradictionRule(t, m, Double.POSITIVE_INFINITY));
                line.append(String.format(Locale.ROOT, " t%.2f P%.2f R%.2f F%.3f |", t, q.precision(), q.recall(), q.f1()));
                if (q.f1() > bestF1 + 0.005 || (Math.abs(q.f1() - bestF1) <= 0.005 && q.precision() > precision(news, bestT, bestM))) {
                    bestF1 = Math.max(bestF1, q.f1());
                    bestT = t;
                    bestM = m;
                }
            }
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "F1-best on mnli_mm+fever_sym (ties within 0.005 F1 go to higher precision): threshold %.2f margin %.1f%n", bestT, bestM);
        ContradictionRule best = new ContradictionRule(bestT, bestM, Double.POSITIVE_INFINITY);
        sets.forEach((name, set) -> System.out.printf("  %-15s %s%n", name, HeldOutSet.quality(set, best)));
        Files.createDirectories(Path.of("target"));
    }

    private static double precision(List<HeldOutSet.Scored> set, double t, double m) {
        return HeldOutSet.quality(set, new ContradictionRule(t, m, Double.POSITIVE_INFINITY)).precision();
    }
}
