package radar.nli;

import radar.contradiction.ContradictionRule;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quick check of the bundled model, at a fixed rule (threshold 0.50, margin 0.20; not the service's news
 * thresholds, which are set on news and would say little on MultiNLI), on held-out data (the first 300 pairs
 * of MultiNLI-mismatched and of FEVER-Symmetric): it catches a broken model, tokenizer or label
 * mapping. The full measurement is {@link NliCalibrationRun}.
 */
class NliHeldOutCheckTest {

    @Test
    void bundledModelAtAFixedRuleKeepsItsHeldOutQuality() throws Exception {
        assumeTrue(Files.isDirectory(HeldOutSet.EVAL), "needs ../shared/eval/nli beside the checkout");
        List<HeldOutSet.Scored> scored = new ArrayList<>();
        try (NliModel model = NliModel.load(Path.of("models/nli-minilm-l6"), 256, 2, 1)) {
            scored.addAll(HeldOutSet.score(model, HeldOutSet.EVAL.resolve("mnli_mm.tsv"), 300));
            scored.addAll(HeldOutSet.score(model, HeldOutSet.EVAL.resolve("fever_sym.tsv"), 300));
        }
        HeldOutSet.Quality q = HeldOutSet.quality(scored, new ContradictionRule(0.50, 0.20, Double.POSITIVE_INFINITY));
        System.out.println("Held-out check (600 pairs, threshold 0.50, margin 0.20): " + q);
        // The model alone on MNLI and FEVER at this fixed rule (not the service's news thresholds): a sample of
        // 600 stays well above these floors (the bundled model's card gives its full-set accuracy).
        assertTrue(q.f1() >= 0.55, "F1 " + q);
        assertTrue(q.precision() >= 0.55, "precision " + q);
    }
}
