package radar.nli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code holds no label positions of its own: a copy of the model whose config.json names the
 * logits in another order must report probabilities that follow that order.
 */
class PermutedLabelsTest {

    static final Path MODEL = Path.of("models/nli-minilm-l6");

    @Test
    void reportedProbabilitiesFollowId2labelOfConfigJson(@TempDir Path copy) throws Exception {
        for (String file : List.of("model.onnx", "tokenizer.json", "tokenizer_config.json")) {
            Files.createSymbolicLink(copy.resolve(file), MODEL.resolve(file).toAbsolutePath());
        }
        // The bundled model says 0 contradiction, 1 entailment, 2 neutral; this copy claims another order.
        String config = Files.readString(MODEL.resolve("config.json"))
                .replace("\"0\": \"contradiction\"", "\"0\": \"neutral\"")
                .replace("\"1\": \"entailment\"", "\"1\": \"contradiction\"")
                .replace("\"2\": \"neutral\"", "\"2\": \"entailment\"");
        Files.writeString(copy.resolve("config.json"), config);

        List<String> premises = List.of("A man is playing a guitar on stage.", "The bridge was badly damaged by the blast.");
        List<String> hypotheses = List.of("Nobody is playing an instrument.", "The blast caused no damage to the bridge.");
        try (NliModel original = NliModel.load(MODEL, 256, 1, 1); NliModel permuted = NliModel.load(copy, 256, 1, 1)) {
            assertEquals(new NliLabels(1, 2, 0, 3), permuted.labels());
            List<NliProbabilities> expected = original.predict(premises, hypotheses);
            List<NliProbabilities> actual = permuted.predict(premises, hypotheses);
            for (int i = 0; i < premises.size(); i++) {
                NliProbabilities o = expected.get(i), p = actual.get(i);
                assertTrue(o.contradiction() > 0.8, "the bundled model sees a contradiction: " + o);
                // logit 0 (truly contradiction) is now called neutral, logit 1 (entailment) contradiction, logit 2 (neutral) entailment
                assertEquals(o.contradiction(), p.neutral(), 1e-6);
                assertEquals(o.entailment(), p.contradiction(), 1e-6);
                assertEquals(o.neutral(), p.entailment(), 1e-6);
            }
        }
    }

    @Test
    void refusesAConfigWithoutTheThreeLabels(@TempDir Path copy) throws Exception {
        Files.writeString(copy.resolve("config.json"), "{\"id2label\": {\"0\": \"LABEL_0\", \"1\": \"LABEL_1\"}}");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> NliLabels.fromConfig(copy.resolve("config.json")));
        assertTrue(e.getMessage().contains("must name contradiction, entailment and neutral"), e.getMessage());
    }
}
