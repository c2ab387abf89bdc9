package radar.nli;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import radar.RadarConfig;

/**
 * The NLI model of this service: loaded once at start (the service refuses to start without it),
 * scores pairs in both directions, in batches of similar length.
 */
@ApplicationScoped
public class NliService {

    /** One pair to score; A and B are propositions. */
    public record Pair(String a, String b) {}

    @Inject
    RadarConfig config;

    @Inject
    MeterRegistry metrics;

    private Timer batchLatency;

    private volatile NliModel model;

    void start(@Observes StartupEvent event) throws IOException {
        long start = System.nanoTime();
        RadarConfig.Nli nli = config.nli();
        try {
            model = NliModel.load(nli.modelDir(), nli.maxTokens(), nli.threads(), nli.workers());
        } catch (IOException e) {
            Log.errorf("Cannot start: %s", e.getMessage());
            throw e;
        }
        batchLatency = Timer.builder("radar.nli.batch").description("Latency of one NLI inference call (one batch)")
                .publishPercentileHistogram().register(metrics);
        // Warm-up: the first inference pays for ONNX Runtime's lazy initialisation.
        model.predict(List.of("A man is speaking."), List.of("Nobody is speaking."));
        Log.infof("NLI model %s loaded in %d ms (labels %s)", nli.modelDir().toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000, model.labels());
    }

    void stop(@Observes ShutdownEvent event) {
        if (model != null) model.close();
    }

    public boolean isReady() {
        return model != null;
    }

    /** A ⇒ B and B ⇒ A for every pair, in input order. */
    public List<PairVerdict> score(List<Pair> pairs) {
        if (pairs.isEmpty()) return List.of();
        NliModel m = model;
        if (m == null) throw new IllegalStateException("the NLI model is not loaded");
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
        int batchSize = config.nli().batchSize();
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            List<String> p = new ArrayList<>(to - from), h = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                p.add(premises[order[k]]);
                h.add(hypotheses[order[k]]);
            }
            List<NliProbabilities> batch = batchLatency.record(() -> m.predict(p, h));
            for (int k = from; k < to; k++) results[order[k]] = batch.get(k - from);
        }
        List<PairVerdict> verdicts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) verdicts.add(new PairVerdict(results[i], results[n + i]));
        return verdicts;
    }
}
