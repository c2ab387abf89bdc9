package radar.nli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Which logit is which label, read from the model's {@code config.json} {@code id2label}.
 * The code never assumes a label order: a model whose labels come in another order gives the
 * same verdicts.
 */
public record NliLabels(int contradiction, int entailment, int neutral, int size) {

    public static NliLabels fromConfig(Path configJson) throws IOException {
        JsonNode id2label = new ObjectMapper().readTree(configJson.toFile()).path("id2label");
        if (!id2label.isObject() || id2label.isEmpty()) {
            throw new IOException(configJson + " has no id2label object");
        }
        int contradiction = -1, entailment = -1, neutral = -1;
        Iterator<Map.Entry<String, JsonNode>> labels = id2label.fields();
        while (labels.hasNext()) {
            Map.Entry<String, JsonNode> label = labels.next();
            int id = Integer.parseInt(label.getKey().trim());
            String name = label.getValue().asText().toLowerCase(Locale.ROOT);
            if (name.startsWith("contradict")) contradiction = id;
            else if (name.startsWith("entail")) entailment = id;
            else if (name.startsWith("neutral")) neutral = id;
        }
        if (contradiction < 0 || entailment < 0 || neutral < 0) {
            throw new IOException(configJson + " id2label must name contradiction, entailment and neutral, got " + id2label);
        }
        return new NliLabels(contradiction, entailment, neutral, id2label.size());
    }

    /** Softmax over one row of logits, mapped to named probabilities. */
    public NliProbabilities probabilities(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) max = Math.max(max, logit);
        double[] exp = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            exp[i] = Math.exp(logits[i] - max);
            sum += exp[i];
        }
        return new NliProbabilities(exp[contradiction] / sum, exp[entailment] / sum, exp[neutral] / sum);
    }
}
