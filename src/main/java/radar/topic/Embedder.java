package radar.topic;

import ai.djl.engine.Engine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Sentence embeddings (all-MiniLM-L6-v2, shipped inside LangChain4j's jar, run in process by ONNX
 * Runtime): what "the same topic" and "similar statements" are measured with.
 */
@ApplicationScoped
public class Embedder {

    private volatile AllMiniLmL6V2EmbeddingModel model;

    void start(@Observes StartupEvent event) {
        long start = System.nanoTime();
        model();
        embed(List.of("warm-up"));
        Log.infof("Embedding model all-MiniLM-L6-v2 loaded in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Unit-length vectors, one per text, in order. */
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream().map(e -> Vectors.normalise(e.vector())).toList();
    }

    private AllMiniLmL6V2EmbeddingModel model() {
        if (model == null) {
            synchronized (this) {
                if (model == null) {
                    // ONNX Runtime has one environment per JVM. DJL's engine creates it with thread
                    // options and fails if it already exists; LangChain4j takes whatever exists. So DJL first.
                    Engine.getEngine("OnnxRuntime");
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
            }
        }
        return model;
    }
}
