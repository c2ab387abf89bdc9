package radar.nli;

import radar.contradiction.ContradictionRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A held-out NLI set (label, premise, hypothesis, source) scored both ways, and how a rule does on it. */
final class HeldOutSet {

    /** Where CI and developers have the shared evaluation data: beside the checkout. */
    static final Path EVAL = Path.of("..", "shared", "eval", "nli");

    record Scored(boolean contradiction, PairVerdict verdict) {}

    record Quality(int tp, int fp, int fn) {
        double precision() { return tp + fp == 0 ? 1 : tp / (double) (tp + fp); }
        double recall() { return tp + fn == 0 ? 0 : tp / (double) (tp + fn); }
        double f1() { return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall()); }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", precision(), recall(), f1());
        }
    }

    private HeldOutSet() {}

    static List<Scored> score(NliModel model, Path tsv, int limit) throws IOException {
        List<Scored> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols[0].equals("label")) continue;
            NliProbabilities ab = model.predict(List.of(cols[1]), List.of(cols[2])).get(0);
            NliProbabilities ba = model.predict(List.of(cols[2]), List.of(cols[1])).get(0);
            out.add(new Scored(cols[0].equals("contradiction"), new PairVerdict(ab, ba)));
            if (out.size() >= limit) break;
        }
        return out;
    }

    static Quality quality(List<Scored> set, ContradictionRule rule) {
        int tp = 0, fp = 0, fn = 0;
        for (Scored s : set) {
            boolean flagged = rule.flags(s.verdict());
            if (flagged && s.contradiction()) tp++;
            else if (flagged) fp++;
            else if (s.contradiction()) fn++;
        }
        return new Quality(tp, fp, fn);
    }
}
