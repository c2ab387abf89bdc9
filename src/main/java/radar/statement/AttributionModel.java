package radar.statement;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The attribution tagger (trained by {@code training/attribution/}): a BERT token classifier that
 * marks, in running text, who speaks (SOURCE), the reporting words (CUE) and what they say
 * (CONTENT), with BIO tags over word pieces. Text goes in as windows of whole paragraphs of at most
 * {@value #MAX_PIECES} word pieces, packed exactly as the training recipe packs them.
 */
public final class AttributionModel implements SpanTagger, AutoCloseable {

    /** Word pieces per window, [CLS] and [SEP] not counted. */
    static final int MAX_PIECES = 254;

    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> predictor;
    private final HuggingFaceTokenizer tokenizer;
    private final String[] labels;
    private final long cls, sep;

    private AttributionModel(ZooModel<NDList, NDList> model, HuggingFaceTokenizer tokenizer, String[] labels) {
        this.model = model;
        this.predictor = model.newPredictor();
        this.tokenizer = tokenizer;
        this.labels = labels;
        Encoding special = tokenizer.encode("", true, false);
        this.cls = special.getIds()[0];
        this.sep = special.getIds()[special.getIds().length - 1];
    }

    /** Loads model, tokenizer and tag names; every failure names the path and what is wrong. */
    public static AttributionModel load(Path dir, int threads) throws IOException {
        for (String file : List.of("model.onnx", "tokenizer.json", "config.json")) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IOException("attribution model directory " + dir.toAbsolutePath() + " has no " + file);
            }
        }
        if (System.getProperty("ai.djl.offline") == null) System.setProperty("ai.djl.offline", "true");
        JsonNode id2label = new ObjectMapper().readTree(dir.resolve("config.json").toFile()).path("id2label");
        String[] labels = new String[id2label.size()];
        for (int i = 0; i < labels.length; i++) {
            String label = id2label.path(String.valueOf(i)).asText(null);
            if (label == null || !(label.equals("O") || label.matches("[BI]-(SOURCE|CUE|CONTENT)"))) {
                throw new IOException(dir.resolve("config.json") + ": id2label must name O and B-/I- SOURCE, CUE, CONTENT tags, got " + id2label);
            }
            labels[i] = label;
        }
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(dir.resolve("tokenizer.json"))
                .optTruncation(false).optPadding(false).optAddSpecialTokens(false).build();
        Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                .optModelPath(dir.resolve("model.onnx")).optEngine("OnnxRuntime").optTranslator(new NoopTranslator())
                .optOption("intraOpNumThreads", String.valueOf(threads)).optOption("interOpNumThreads", "1").build();
        try {
            return new AttributionModel(criteria.loadModel(), tokenizer, labels);
        } catch (ModelNotFoundException | MalformedModelException | RuntimeException e) {
            tokenizer.close();
            throw new IOException("attribution model " + dir.resolve("model.onnx").toAbsolutePath() + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<List<Span>> tag(List<String> paragraphs) {
        List<Piece> pieces = new ArrayList<>();
        List<List<Span>> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            out.add(new ArrayList<>());
            Encoding e = tokenizer.encode(paragraphs.get(p), false, false);
            long[] ids = e.getIds();
            CharSpan[] spans = e.getCharTokenSpans();
            long[] words = e.getWordIds();
            List<Piece> own = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                if (spans[i] != null) own.add(new Piece(p, ids[i], spans[i].getStart(), spans[i].getEnd(), words[i]));
            }
            // A paragraph longer than a window is cut into windows of its own.
            while (own.size() > MAX_PIECES) {
                flush(pieces, out);
                run(own.subList(0, MAX_PIECES), out);
                own = own.subList(MAX_PIECES, own.size());
            }
            if (pieces.size() + own.size() > MAX_PIECES) flush(pieces, out);
            pieces.addAll(own);
        }
        flush(pieces, out);
        return out;
    }

    private void flush(List<Piece> pieces, List<List<Span>> out) {
        if (pieces.isEmpty()) return;
        run(pieces, out);
        pieces.clear();
    }

    /** A word piece of a paragraph, with the word it belongs to (as the tokenizer splits words: at spaces and punctuation). */
    private record Piece(int paragraph, long id, int start, int end, long word) {
        boolean sameWord(Piece previous) {
            return previous != null && previous.paragraph() == paragraph && word >= 0 && previous.word() == word;
        }
    }

    /** Tags one window and adds its spans to their paragraphs. */
    private void run(List<Piece> window, List<List<Span>> out) {
        int n = window.size() + 2;
        long[] ids = new long[n];
        ids[0] = cls;
        ids[n - 1] = sep;
        for (int i = 0; i < window.size(); i++) ids[i + 1] = window.get(i).id();
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, 1);
        String[] tags = new String[window.size()];
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList inputs = new NDList(named(manager.create(new long[][] {ids}), "input_ids"), named(manager.create(new long[][] {mask}), "attention_mask"),
                    named(manager.create(new long[1][n]), "token_type_ids"));
            float[] logits = predictor.predict(inputs).get(0).toFloatArray();
            viterbi(window, logits, tags);
        } catch (TranslateException e) {
            throw new IllegalStateException("attribution inference failed: " + e.getMessage(), e);
        }
        decode(window, tags, out);
    }

    /**
     * The most likely tags of a window's words that form valid spans: an I- tag only continues its own role in the same
     * paragraph (a plain argmax may give "O I-CUE" or "B-SOURCE I-CONTENT", which decoding would cut into fragments). A word
     * is tagged by its first piece; its other pieces follow it ("undersco|res" is one cue, not a cue and a content).
     */
    private void viterbi(List<Piece> window, float[] logits, String[] tags) {
        int width = labels.length;
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) if (i == 0 || !window.get(i).sameWord(window.get(i - 1))) words.add(i);
        int n = words.size();
        double[][] score = new double[n][width];
        int[][] back = new int[n][width];
        for (int w = 0; w < n; w++) {
            int i = words.get(w);
            double[] logProb = logSoftmax(logits, (i + 1) * width, width);
            boolean fresh = w == 0 || window.get(i).paragraph() != window.get(words.get(w - 1)).paragraph();
            for (int k = 0; k < width; k++) {
                score[w][k] = Double.NEGATIVE_INFINITY;
                if (fresh) {
                    if (!labels[k].startsWith("I-")) score[w][k] = logProb[k];
                    continue;
                }
                for (int j = 0; j < width; j++) {
                    if (!allowed(labels[j], labels[k])) continue;
                    double s = score[w - 1][j] + logProb[k];
                    if (s > score[w][k]) {
                        score[w][k] = s;
                        back[w][k] = j;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < width; k++) if (score[n - 1][k] > score[n - 1][best]) best = k;
        for (int w = n - 1; w >= 0; w--) {
            int from = words.get(w), to = w + 1 < n ? words.get(w + 1) : window.size();
            tags[from] = labels[best];
            for (int i = from + 1; i < to; i++) tags[i] = labels[best].equals("O") ? "O" : "I-" + labels[best].substring(2);
            best = back[w][best];
        }
    }

    /** Whether a tag may follow another: I-X only after B-X or I-X. */
    private static boolean allowed(String previous, String next) {
        return !next.startsWith("I-") || (!previous.equals("O") && previous.substring(2).equals(next.substring(2)));
    }

    private static double[] logSoftmax(float[] logits, int from, int width) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int k = 0; k < width; k++) max = Math.max(max, logits[from + k]);
        for (int k = 0; k < width; k++) sum += Math.exp(logits[from + k] - max);
        double[] out = new double[width];
        for (int k = 0; k < width; k++) out[k] = logits[from + k] - max - Math.log(sum);
        return out;
    }

    /** BIO tags to spans: a span starts at B-, or at I- after another role or another paragraph. */
    private static void decode(List<Piece> window, String[] tags, List<List<Span>> out) {
        Role open = null;
        int start = 0, end = 0, paragraph = -1;
        for (int i = 0; i <= window.size(); i++) {
            Piece piece = i < window.size() ? window.get(i) : null;
            String tag = piece == null ? "O" : tags[i];
            Role role = tag.equals("O") ? null : Role.valueOf(tag.substring(2));
            boolean continues = open != null && role == open && tag.startsWith("I-") && piece.paragraph() == paragraph;
            if (continues) {
                end = piece.end();
                continue;
            }
            if (open != null) out.get(paragraph).add(new Span(open, start, end));
            open = role;
            if (role != null) {
                start = piece.start();
                end = piece.end();
                paragraph = piece.paragraph();
            }
        }
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
        tokenizer.close();
    }
}
