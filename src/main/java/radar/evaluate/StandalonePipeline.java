package radar.evaluate;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import radar.RadarConfig;
import radar.actor.ActorRegistry;
import radar.analysis.Pipeline;
import radar.contradiction.ContradictionRule;
import radar.nli.ModelScorer;
import radar.nli.NliModel;
import radar.pairing.CandidateSelector;
import radar.sentence.SentenceSplitter;
import radar.statement.StatementExtractor;
import radar.topic.Embedder;

/**
 * The service's pipeline without the service: the same classes and the same configuration
 * (application.properties, {@code -Dradar.…} system properties, {@code RADAR_…} environment
 * variables), wired by hand. No HTTP, no database.
 */
final class StandalonePipeline implements AutoCloseable {

    final RadarConfig config;
    final ActorRegistry registry;
    final Pipeline pipeline;
    private final NliModel model;

    StandalonePipeline() throws IOException {
        config = config();
        registry = new ActorRegistry(config);
        RadarConfig.Nli nli = config.nli();
        model = NliModel.load(nli.modelDir(), nli.maxTokens(), nli.threads(), nli.workers());
        pipeline = new Pipeline(new SentenceSplitter(), StatementExtractor.create(registry, config), new Embedder(),
                new CandidateSelector(config), new ModelScorer(model, nli.batchSize(), ModelScorer.UNTIMED), new ContradictionRule(config), registry, config);
    }

    static RadarConfig config() throws IOException {
        URL properties = StandalonePipeline.class.getResource("/application.properties");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(properties, 250))
                .withConverter(Duration.class, 200, new DurationConverter()) // "60s", as Quarkus reads it
                .withMapping(RadarConfig.class)
                .build();
        return config.getConfigMapping(RadarConfig.class);
    }

    @Override
    public void close() {
        model.close();
    }
}
