package radar.evaluate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Articles with hand-labelled attribution in the PolNeAR layout (Newell, Margolin &amp; Ruths,
 * LREC 2018): one JSON article per line with its {@code text} and {@code attributions} (speaker,
 * cue and content, as text and as character spans).
 */
final class PolnearFile {

    /** One labelled attribution: its three parts as text, and as character spans [start, end) of the article's text. */
    record Attribution(String speaker, String cue, String content,
                       @JsonProperty("speaker_spans") List<List<Integer>> speakerSpans,
                       @JsonProperty("cue_spans") List<List<Integer>> cueSpans,
                       @JsonProperty("content_spans") List<List<Integer>> contentSpans) {}

    record Doc(String doc, String publisher, String text, List<Attribution> attributions) {
        Doc {
            attributions = attributions == null ? List.of() : attributions;
        }
    }

    /** The kinds of reported speech the attribution evaluation reports on; OTHER (beliefs, evidence, plans) is left out. */
    enum CueType {
        DIRECT_QUOTE, ACCUSE_DENY, ACCORDING_TO, SAID, OTHER;

        private static final Pattern ACCUSE_DENY_CUE = Pattern.compile(
                "\\b(accus|den(y|ied|ies)|dismiss|reject|refut|blam|critici[sz]|attack|slam|condemn|disput|rebut)");
        private static final Pattern SAID_CUE = Pattern.compile("\\b(say|said|tell|told|add|note|stat|claim|report|announc|wr[io]t|warn|argu"
                + "|insist|explain|stress|tweet|ask|declar|suggest|acknowledg|admit|remark|reiterat|assert|contend|predict|promis|pledg"
                + "|vow|confirm|describ|call|recall|allege|maintain|emphasi|respond|repl|testif|conced|quip|mention|recount|publish)");

        static CueType of(Attribution a) {
            String cue = a.cue() == null ? "" : a.cue().toLowerCase(Locale.ROOT);
            String content = a.content() == null ? "" : a.content().strip();
            if (content.startsWith("“") || content.startsWith("\"") || content.startsWith("''") || content.startsWith("‘")) return DIRECT_QUOTE;
            if (ACCUSE_DENY_CUE.matcher(cue).find()) return ACCUSE_DENY;
            if (cue.contains("according to") || cue.contains("as per")) return ACCORDING_TO;
            if (SAID_CUE.matcher(cue).find()) return SAID;
            return OTHER;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private PolnearFile() {}

    static List<Doc> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) docs.add(json.readValue(line, Doc.class));
        }
        if (docs.isEmpty()) throw new IOException(file.toAbsolutePath() + " holds no articles");
        return docs;
    }
}
