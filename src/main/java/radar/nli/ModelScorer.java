package radar.nli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Scores pairs with a loaded {@link NliModel}: both directions, in batches of similar length. */
public final class ModelScorer implements NliScorer {

    /** Wraps each model call, e.g. to time it; {@link #UNTIMED} does nothing. */
    public interface BatchTimer {
        List<NliProbabilities> time(Supplier<List<NliProbabilities>> batch);
    }

    public static final BatchTimer UNTIMED = Supplier::get;

    private final NliModel model;
    private final int batchSize;
    private final BatchTimer timer;

    public ModelScorer(NliModel model, int batchSize, BatchTimer timer) {
        this.model = model;
        this.batchSize = batchSize;
        this.timer = timer;
    }

    @Override
    public List<PairVerdict> score(List<Pair> pairs) {
        if (pairs.isEmpty()) return List.of();
        // Both directions of all pairs as one list, sorted by length so a batch pads little.
        int n = pairs.size();
        String[] premises = new String[2 * n], hypotheses = new String[2 * n];
        for (int i = 0; i < n; i++) {
            premises[i] = pairs.get(i).a();
            hypotheses[i] = pairs.get(i).b();
            premises[n + i] = pairs.get(i).b();
            hypotheses[n + i] = pairs.get(i).a();
        }
        Integer[] order = new Integer[2 * n];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> premises[i].length() + hypotheses[i].length()));
        NliProbabilities[] results = new NliProbabilities[2 * n];
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            List<String> p = new ArrayList<>(to - from), h = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                p.add(premises[order[k]]);
                h.add(hypotheses[order[k]]);
            }
            List<NliProbabilities> batch = timer.time(() -> model.predict(p, h));
            for (int k = from; k < to; k++) results[order[k]] = batch.get(k - from);
        }
        List<PairVerdict> verdicts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) verdicts.add(new PairVerdict(results[i], results[n + i]));
        return verdicts;
    }
}
