package radar.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import radar.statement.SpanTagger.Role;
import radar.statement.SpanTagger.Span;

/**
 * An experiment, not a test: where {@link SpanLinks#appositivesJoined} joins two source spans the tagger marked
 * ("NAME, a DESCRIPTION"), on articles the form was not written from. Input: JSON lines with "text" and, for PolNeAR,
 * "attributions"; a joining is right by the labels when a gold speaker span holds the name (the first part), whose actor the joined source resolves to. Without labels each
 * joining is printed with its sentence, to be read.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=radar.statement.AppositiveRun -Dexec.args="FILE [every-nth]"}
 */
public final class AppositiveRun {

    public static void main(String[] args) throws Exception {
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) if (!line.isBlank()) docs.add(json.readTree(line));
        int fired = 0, labelled = 0, right = 0;
        try (AttributionModel model = AttributionModel.load(Path.of("models/attribution-minilm"), 2)) {
            for (int d = 0; d < docs.size(); d += every) {
                JsonNode doc = docs.get(d);
                String text = doc.path("text").asText();
                List<String> paragraphs = new ArrayList<>();
                List<Integer> offsets = new ArrayList<>();
                int at = 0;
                for (String p : text.split("\n", -1)) {
                    if (!p.isBlank()) {
                        paragraphs.add(p);
                        offsets.add(at);
                    }
                    at += p.length() + 1;
                }
                List<List<Span>> tagged = model.tag(paragraphs);
                for (int p = 0; p < paragraphs.size(); p++) {
                    String para = paragraphs.get(p);
                    List<Span> before = SpanLinks.cuesJoined(tagged.get(p), para);
                    List<Span> after = SpanLinks.appositivesJoined(before, para);
                    for (Span joined : after) {
                        if (joined.role() != Role.SOURCE || before.contains(joined)) continue;
                        fired++;
                        String verdict = "";
                        if (doc.has("attributions")) {
                            // The name: the first of the two spans joined.
                            Span name = before.stream().filter(s -> s.start() == joined.start()).findFirst().orElseThrow();
                            int from = offsets.get(p) + name.start(), to = offsets.get(p) + name.end(), end = offsets.get(p) + joined.end();
                            boolean covered = false, touched = false;
                            for (JsonNode a : doc.path("attributions")) {
                                for (JsonNode s : a.path("speaker_spans")) {
                                    int gs = s.get(0).asInt(), ge = s.get(1).asInt();
                                    if (gs < to && ge > from) covered = true;
                                    if (gs < end && ge > from) touched = true;
                                }
                            }
                            if (touched) labelled++;
                            if (covered) right++;
                            verdict = covered ? "RIGHT " : touched ? "WRONG " : "UNLABELLED ";
                        }
                        System.out.println(verdict + "[" + para.substring(joined.start(), joined.end()) + "] in: "
                                + para.substring(Math.max(0, joined.start() - 80), Math.min(para.length(), joined.end() + 80)).replace('\n', ' '));
                    }
                }
            }
        }
        System.out.printf("joined %d source pairs; a gold speaker touches %d of them, holds the name in %d%n", fired, labelled, right);
    }
}
