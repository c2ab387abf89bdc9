package radar.evaluate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Hand-labelled pairs in the format of {@code eval/seeds-gold.json}: contradictions (clear or
 * arguable) a detector should flag, and consistent look-alikes it must not.
 */
record GoldFile(List<Pair> contradictions, List<Pair> consistent) {

    /** One side of a labelled pair: a verbatim quote of an article (by file name) and who the article says claims it. */
    record Side(String article, String quote, String actor) {}

    record Pair(Side a, Side b, String topic, String why, String strength) {
        boolean clear() {
            return "clear".equals(strength);
        }
    }

    GoldFile {
        contradictions = contradictions == null ? List.of() : contradictions;
        consistent = consistent == null ? List.of() : consistent;
    }

    static GoldFile read(Path file) throws IOException {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(file.toFile(), GoldFile.class);
    }
}
