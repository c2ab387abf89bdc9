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
 * An experiment, not a test: where the span forms of {@link SpanMends} fire on articles they were not written from, and
 * whether PolNeAR's labels agree. Input: JSON lines with "text" and, for PolNeAR, "attributions".
 * <ul>
 *   <li>{@code appositive} ({@link SpanMends#appositivesJoined}): two source spans joined ("NAME, a DESCRIPTION"); right
 *       by the labels when a gold speaker span holds the name (the first part), whose actor the joined source resolves to.
 *   <li>{@code byline} ({@link SpanMends#bylineCues}): a dash made the cue between a content and the source after it
 *       ("“…” ― Name"); right by the labels when a gold attribution has that content and that speaker.
 * </ul>
 * Without labels each firing is printed with its words, to be read.
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=radar.statement.SpanFormRun -Dexec.args="FILE appositive|byline [every-nth [tagger-dir]]"}.
 * The bundled tagger has seen PolNeAR train; a cross-validation fold's tagger ({@code training/attribution/cv.sh}) reads
 * its held-out fifth as unseen text.
 */
public final class SpanFormRun {

    public static void main(String[] args) throws Exception {
        boolean byline = args[1].equals("byline");
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path modelDir = Path.of(args.length > 3 ? args[3] : "models/attribution-minilm");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) if (!line.isBlank()) docs.add(json.readTree(line));
        int fired = 0, labelled = 0, right = 0;
        try (AttributionModel model = AttributionModel.load(modelDir, 2)) {
            for (int d = 0; d < docs.size(); d += every) {
                JsonNode doc = docs.get(d);
                String text = doc.path("text").asText();
                // Paragraphs as the service reads them: a signature line ("― Ana Ruiz") joins the paragraph before it.
                List<String> paragraphs = new ArrayList<>();
                List<int[]> joins = new ArrayList<>(); // per paragraph: where a joined signature starts in it and in the article (-1: none)
                List<Integer> offsets = new ArrayList<>();
                int at = 0;
                for (String p : text.split("\n", -1)) {
                    if (!p.isBlank() && !paragraphs.isEmpty() && LearnedAttribution.isSignature(p) && joins.get(joins.size() - 1)[0] < 0) {
                        int last = paragraphs.size() - 1;
                        joins.set(last, new int[] {paragraphs.get(last).length() + 1, at});
                        paragraphs.set(last, paragraphs.get(last) + " " + p);
                    } else if (!p.isBlank()) {
                        paragraphs.add(p);
                        offsets.add(at);
                        joins.add(new int[] {-1, -1});
                    }
                    at += p.length() + 1;
                }
                List<List<Span>> tagged = model.tag(paragraphs);
                for (int p = 0; p < paragraphs.size(); p++) {
                    String para = paragraphs.get(p);
                    int base = offsets.get(p);
                    int[] join = joins.get(p);
                    java.util.function.IntUnaryOperator inArticle = i -> join[0] >= 0 && i >= join[0] ? join[1] + i - join[0] : base + i;
                    List<Span> before = SpanMends.cuesJoined(tagged.get(p), para);
                    List<Span> after = byline ? SpanMends.bylineCues(before, para) : SpanMends.appositivesJoined(before, para);
                    for (int i = 0; i < after.size(); i++) {
                        Span made = after.get(i);
                        if (before.contains(made)) continue;
                        fired++;
                        // appositive: the name and the whole joined source; byline: the content before the dash and the source after it
                        Span first = byline ? after.get(i - 1) : before.stream().filter(s -> s.start() == made.start()).findFirst().orElseThrow();
                        Span second = byline ? after.get(i + 1) : made;
                        String verdict = "";
                        if (doc.has("attributions")) {
                            boolean touched = false, agreed = false;
                            for (JsonNode a : doc.path("attributions")) {
                                boolean speaker = overlaps(a.path("speaker_spans"), inArticle.applyAsInt(byline ? second.start() : first.start()), inArticle.applyAsInt(byline ? second.end() : first.end()));
                                boolean any = overlaps(a.path("speaker_spans"), inArticle.applyAsInt(first.start()), inArticle.applyAsInt(second.end()));
                                boolean content = !byline || overlaps(a.path("content_spans"), inArticle.applyAsInt(first.start()), inArticle.applyAsInt(first.end()));
                                touched |= byline ? content : any;
                                agreed |= speaker && content;
                            }
                            if (touched) labelled++;
                            if (agreed) right++;
                            verdict = agreed ? "RIGHT " : touched ? "WRONG " : "UNLABELLED ";
                        }
                        System.out.println(verdict + "[" + para.substring(first.start(), first.end()) + "] [" + para.substring(made.start(), made.end()) + "] ["
                                + para.substring(second.start(), second.end()) + "]");
                    }
                }
            }
        }
        System.out.printf("%s fired %d times; labelled in PolNeAR %d, agreeing with the labels %d%n", args[1], fired, labelled, right);
    }

    private static boolean overlaps(JsonNode spans, int from, int to) {
        for (JsonNode s : spans) if (s.get(0).asInt() < to && s.get(1).asInt() > from) return true;
        return false;
    }
}
