package radar.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;

/**
 * Attribution quality on the seeds, against src/test/resources/eval/seed-attribution.json (every
 * sentence labelled by hand: is it a claim, and whose). Counted over (sentence, actor) pairs:
 * precision = right attributions / attributions made, recall = right attributions / labelled ones.
 * Also checks that every quote of the shared gold pairs is extracted with the actor it names.
 */
class AttributionEvaluationTest {

    /**
     * Floors stated in the README; measured values are printed by the run. With the learned
     * tagger the seeds read 0.93 / 0.90 (the hand-written rules, written from these very articles,
     * read 0.98 / 0.99): the floors guard against a regression of that, they are not the goal (0.95).
     */
    static final double MIN_PRECISION = 0.90, MIN_RECALL = 0.90;

    final SentenceSplitter splitter = new SentenceSplitter();
    final StatementExtractor extractor = serviceExtractor();
    final Actor source = new Actor("source", "SOURCE", Actor.OUTLET, null, null, null, List.of());

    @Test
    void attributesTheSeedSentencesAboveTheFloors() throws Exception {
        JsonNode gold = read("/eval/seed-attribution.json").get("sentences");
        Map<String, Map<String, Set<String>>> predicted = new HashMap<>();
        int tp = 0, predictedCount = 0, goldCount = 0;
        List<String> errors = new ArrayList<>();
        for (JsonNode row : gold) {
            String article = row.get("article").asText();
            Map<String, Set<String>> bySentence = predicted.computeIfAbsent(article, this::attributions);
            Set<String> expected = new HashSet<>();
            row.get("actors").forEach(a -> expected.add(normalise(a.asText())));
            Set<String> got = bySentence.getOrDefault(row.get("sentence").asText(), Set.of());
            Set<String> right = new HashSet<>(got);
            right.retainAll(expected);
            tp += right.size();
            predictedCount += got.size();
            goldCount += expected.size();
            if (!got.equals(expected)) errors.add("  " + article.substring(0, 3) + " expected " + expected + " got " + got + ": " + abbreviate(row.get("sentence").asText()));
        }
        // Attributions to sentences the labels do not know (a different split) count as wrong.
        for (var entry : predicted.entrySet()) {
            Set<String> labelled = new HashSet<>();
            gold.forEach(r -> { if (r.get("article").asText().equals(entry.getKey())) labelled.add(r.get("sentence").asText()); });
            for (var s : entry.getValue().entrySet()) {
                if (!labelled.contains(s.getKey())) {
                    predictedCount += s.getValue().size();
                    errors.add("  unlabelled sentence " + abbreviate(s.getKey()));
                }
            }
        }
        double precision = tp / (double) predictedCount, recall = tp / (double) goldCount;
        System.out.printf(Locale.ROOT, "Attribution on the seeds: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                precision, tp, predictedCount, recall, tp, goldCount);
        errors.forEach(System.out::println);
        assertTrue(precision >= MIN_PRECISION && recall >= MIN_RECALL,
                String.format(Locale.ROOT, "precision %.3f, recall %.3f below %.2f:%n%s", precision, recall, MIN_PRECISION, String.join("\n", errors)));
    }

    @Test
    void extractsEveryGoldQuoteWithTheActorItNames() throws Exception {
        Map<String, String> canonical = Map.of(
                "Kremlin (Russia)", "kremlin", "Peskov (Kremlin, Russia)", "kremlin", "Zelensky (Ukraine)", "volodymyr zelenskyy",
                "Zelenskyy (Ukraine)", "volodymyr zelenskyy", "Ukrainian security agency (Ukraine)", "agency",
                "Leavitt (White House, USA)", "white house", "Trump (USA)", "donald trump", "Russian officials (Russia)", "russia",
                "reporting (outlet)", "source", "reporting", "source");
        JsonNode gold = read("/eval/seeds-gold.json");
        List<String> wrong = new ArrayList<>();
        for (String group : List.of("contradictions", "consistent")) {
            for (JsonNode pair : gold.get(group)) {
                for (JsonNode side : List.of(pair.get("a"), pair.get("b"))) {
                    String expected = canonical.get(side.get("actor").asText());
                    String quote = side.get("quote").asText();
                    List<Claim> statements = extract(side.get("article").asText());
                    boolean found = statements.stream().anyMatch(s -> overlaps(s.text(), quote) && normalise(s.actor().name()).equals(expected));
                    if (!found) {
                        List<String> seen = statements.stream().filter(s -> overlaps(s.text(), quote)).map(s -> s.actor().name()).toList();
                        wrong.add("  " + quote + " (" + expected + "), extracted as " + seen);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "gold quotes not extracted with their actor:\n" + String.join("\n", wrong));
    }

    /** The service's extractor: the attribution tagger bundled in models/attribution-minilm. */
    static StatementExtractor serviceExtractor() {
        try {
            return StatementExtractor.learned(new ActorRegistry(Optional.empty()), Path.of("models/attribution-minilm"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, Set<String>> attributions(String article) {
        Map<String, Set<String>> bySentence = new HashMap<>();
        for (Claim s : extract(article)) {
            bySentence.computeIfAbsent(s.sentence().text(), k -> new HashSet<>()).add(normalise(s.actor().name()));
        }
        return bySentence;
    }

    private List<Claim> extract(String article) {
        try {
            List<Sentence> sentences = splitter.split(Files.readString(Path.of("seeds", article)));
            return extractor.extract(sentences, source);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One contains the other, or (a frame turned into its proposition: "accused Ukraine of launching" → "Ukraine launching") they share most content words. */
    private static boolean overlaps(String text, String quote) {
        String t = squash(text), q = squash(quote);
        if (t.contains(q) || q.contains(t)) return true;
        java.util.Set<String> a = new java.util.HashSet<>(radar.topic.Terms.stems(text)), b = radar.topic.Terms.stems(quote);
        int smaller = Math.min(a.size(), b.size());
        a.retainAll(b);
        return smaller > 0 && a.size() >= 0.7 * smaller;
    }

    private static String squash(String s) {
        return s.replaceAll("[“”\"]", "").replaceAll("[’‘]", "'").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** "the agency" and "agency" are one name; case does not matter. */
    static String normalise(String actor) {
        return actor.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
    }

    private JsonNode read(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 110 ? s : s.substring(0, 107) + "...";
    }
}
