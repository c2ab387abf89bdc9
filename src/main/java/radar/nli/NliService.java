package radar.nli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import radar.RadarConfig;

/**
 * The NLI model of the service: loaded once at start (the service refuses to start without it),
 * closed at shutdown, each batch timed in {@code radar.nli.batch}.
 */
@ApplicationScoped
public class NliService implements NliScorer {

    @Inject RadarConfig config;
    @Inject MeterRegistry metrics;

    private volatile NliModel model;
    private volatile ModelScorer scorer;

    void start(@Observes StartupEvent event) throws IOException {
        long start = System.nanoTime();
        RadarConfig.Nli nli = config.nli();
        try {
            model = NliModel.load(nli.modelDir(), nli.maxTokens(), nli.threads(), nli.workers());
        } catch (IOException e) {
            Log.errorf("Cannot start: %s", e.getMessage());
            throw e;
        }
        Timer batchLatency = Timer.builder("radar.nli.batch").description("Latency of one NLI inference call (one batch)")
                .publishPercentileHistogram().register(metrics);
        scorer = new ModelScorer(model, nli.batchSize(), batchLatency::record);
        Log.infof("NLI model %s loaded and warmed up in %d ms (labels %s)", nli.modelDir().toAbsolutePath(),
                (System.nanoTime() - start) / 1_000_000, model.labels());
    }

    void stop(@Observes ShutdownEvent event) {
        if (model != null) model.close();
    }

    public boolean isReady() {
        return scorer != null;
    }

    @Override
    public List<PairVerdict> score(List<Pair> pairs) {
        ModelScorer s = scorer;
        if (s == null) throw new IllegalStateException("the NLI model is not loaded");
        return s.score(pairs);
    }
}
