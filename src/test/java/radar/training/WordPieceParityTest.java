package radar.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The training recipes tokenise in Python (training/common/wordpiece.py: no PyPI here, so no Rust
 * tokenizers there); the service tokenises with DJL's. A model is only as good as that agreement:
 * both must give the same ids for the same text, news text and awkward characters alike.
 */
class WordPieceParityTest {

    private static final Path TOKENIZER = Path.of("models/nli-minilm-l6/tokenizer.json");

    @Test
    void pythonAndServingTokenizersGiveTheSameIds() throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "Zelenskyy’s office said 150 drones hit energy facilities overnight — “a terror attack”.",
                "Café owners in São Paulo (Brazil) didn't re-open; naïve résumé-writers protested!",
                "北京 said the 2,500-strong force would withdraw by 3:30 p.m. on Jan. 5th.",
                "Emoji 🙂 and symbols ©®™ € £ ¥ § ¶ ± ½ mix with tabs\tand odd   spaces.",
                "Supercalifragilisticexpialidociousnessxyzzyplughfoobarbazquxquuxcorgegraultgarplywaldofredplughxyzzythud",
                "U.S.-led talks: \"We won't comment,\" the ministry's spokeswoman said."));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                Files.readAllLines(seed, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).limit(15).forEach(texts::add);
            }
        }
        List<String> python = python(texts);
        assertEquals(texts.size(), python.size(), "python printed one line per text");
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(TOKENIZER)
                .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build()) {
            for (int i = 0; i < texts.size(); i++) {
                String served = Arrays.stream(tokenizer.encode(texts.get(i), false, false).getIds()).mapToObj(Long::toString)
                        .collect(Collectors.joining(" "));
                assertEquals(served, python.get(i), "ids differ for: " + texts.get(i));
            }
        }
        assertTrue(texts.size() > 20);
    }

    private static List<String> python(List<String> texts) throws IOException, InterruptedException {
        Path input = Files.createTempFile("wordpiece", ".txt");
        try {
            Files.write(input, texts.stream().map(t -> t.replace('\n', ' ')).toList(), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", "training/common/wordpiece.py", TOKENIZER.toString())
                    .redirectInput(input.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 finished");
            assertEquals(0, p.exitValue(), "python3 training/common/wordpiece.py exit status");
            return lines;
        } finally {
            Files.deleteIfExists(input);
        }
    }
}
