package radar.nli;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.util.PairList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A HuggingFace NLI cross-encoder exported to ONNX, run by DJL's ONNX Runtime engine.
 * Tokenising, padding and softmax happen here in plain Java: ONNX Runtime alone cannot run the
 * NDArray operations that DJL's stock translators use.
 */
public final class NliModel implements AutoCloseable {

    private final Path dir;
    private final ZooModel<NDList, NDList> model;
    private final HuggingFaceTokenizer tokenizer;
    private final NliLabels labels;
    private final boolean wantsTokenTypes;
    private final BlockingQueue<Predictor<NDList, NDList>> predictors;

    private NliModel(Path dir, ZooModel<NDList, NDList> model, HuggingFaceTokenizer tokenizer, NliLabels labels, int workers) {
        this.dir = dir;
        this.model = model;
        this.tokenizer = tokenizer;
        this.labels = labels;
        this.wantsTokenTypes = model.describeInput().keys().contains("token_type_ids");
        this.predictors = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) predictors.add(model.newPredictor());
    }

    /** Loads model, tokenizer and labels; every failure names the path and what is wrong. */
    public static NliModel load(Path dir, int maxTokens, int threads, int workers) throws IOException {
        for (String file : List.of("model.onnx", "tokenizer.json", "config.json")) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IOException("NLI model directory " + dir.toAbsolutePath() + " has no " + file);
            }
        }
        // Nothing is ever downloaded: the model and the native libraries come with the service.
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
        NliLabels labels = NliLabels.fromConfig(dir.resolve("config.json"));
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder()
                .optTokenizerPath(dir.resolve("tokenizer.json"))
                .optTruncation(true)
                .optMaxLength(maxTokens)
                .optPadding(false)
                .build();
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(dir.resolve("model.onnx"))
                .optEngine("OnnxRuntime")
                .optTranslator(new NoopTranslator())
                .optOption("intraOpNumThreads", String.valueOf(threads))
                .optOption("interOpNumThreads", "1")
                .build();
        try {
            ZooModel<NDList, NDList> model = criteria.loadModel();
            NliModel loaded = new NliModel(dir, model, tokenizer, labels, workers);
            // Warm-up: the first inference pays for ONNX Runtime's lazy initialisation.
            loaded.predict(List.of("A man is speaking."), List.of("Nobody is speaking."));
            return loaded;
        } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
            tokenizer.close();
            throw new IOException("NLI model " + dir.resolve("model.onnx").toAbsolutePath() + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public NliLabels labels() {
        return labels;
    }

    /** Scores premise ⇒ hypothesis for each pair, as one padded batch. */
    public List<NliProbabilities> predict(List<String> premises, List<String> hypotheses) {
        if (premises.isEmpty()) return List.of();
        PairList<String, String> pairs = new PairList<>(premises, hypotheses);
        Encoding[] encodings = tokenizer.batchEncode(pairs);
        int batch = encodings.length;
        int length = 0;
        for (Encoding e : encodings) length = Math.max(length, e.getIds().length);
        long[][] ids = new long[batch][length];
        long[][] mask = new long[batch][length];
        long[][] types = new long[batch][length];
        for (int i = 0; i < batch; i++) {
            long[] tokenIds = encodings[i].getIds();
            System.arraycopy(tokenIds, 0, ids[i], 0, tokenIds.length);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask[i], 0, tokenIds.length);
            System.arraycopy(encodings[i].getTypeIds(), 0, types[i], 0, tokenIds.length);
        }
        Predictor<NDList, NDList> predictor = takePredictor();
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList inputs = new NDList(named(manager.create(ids), "input_ids"), named(manager.create(mask), "attention_mask"));
            if (wantsTokenTypes) inputs.add(named(manager.create(types), "token_type_ids"));
            float[] logits = predictor.predict(inputs).get(0).toFloatArray();
            int width = labels.size();
            List<NliProbabilities> out = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                float[] row = new float[width];
                System.arraycopy(logits, i * width, row, 0, width);
                out.add(labels.probabilities(row));
            }
            return out;
        } catch (TranslateException e) {
            throw new IllegalStateException("NLI inference failed: " + e.getMessage(), e);
        } finally {
            predictors.add(predictor);
        }
    }

    private Predictor<NDList, NDList> takePredictor() {
        try {
            return predictors.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an NLI worker", e);
        }
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    @Override
    public void close() {
        predictors.forEach(Predictor::close);
        model.close();
        tokenizer.close();
    }
}
