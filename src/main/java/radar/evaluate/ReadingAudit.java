package radar.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import radar.event.EventReading;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;

/**
 * How the hand-written event readings behave on news they were not written from: every sentence of
 * a CSV of article bodies (FNC-1's layout: an id, then the body) is read, and for each reading the
 * command prints how many sentences it fires on and 20 random firings to check by hand.
 *
 * <pre>./mvnw -q compile exec:java@evaluate -Dexec.args="--readings ../shared/data/news/fnc-1/train_bodies.csv"</pre>
 */
final class ReadingAudit {

    private static final int SAMPLE = 20;

    private ReadingAudit() {}

    static void run(Path csv, PrintStream out) throws IOException {
        Map<String, Function<EventReading, String>> readings = new LinkedHashMap<>();
        readings.put("cessation (an action said to have stopped)", r -> r.cessation().map(Object::toString).orElse(null));
        readings.put("cause (what is blamed for an event)", r -> r.cause().map(Object::toString).orElse(null));
        readings.put("none hurt", r -> r.noneHurt() ? "none hurt" : null);
        readings.put("people counted as hurt", r -> r.hurtCounted() ? "counted" : null);
        readings.put("damage extent", r -> r.damage().map(Object::toString).orElse(null));
        Map<String, List<String>> firings = new LinkedHashMap<>();
        readings.keySet().forEach(k -> firings.put(k, new ArrayList<>()));
        SentenceSplitter splitter = new SentenceSplitter();
        int sentences = 0;
        for (String body : bodies(csv)) {
            for (Sentence s : splitter.split(body)) {
                sentences++;
                EventReading reading = EventReading.of(s.text(), false, null);
                readings.forEach((name, read) -> {
                    String what = read.apply(reading);
                    if (what != null) firings.get(name).add(s.text() + "\n        read: " + what);
                });
            }
        }
        out.printf(Locale.ROOT, "%nEvent readings on %s: %d sentences%n", csv, sentences);
        Random random = new Random(11);
        for (Map.Entry<String, List<String>> e : firings.entrySet()) {
            List<String> all = new ArrayList<>(e.getValue());
            out.printf(Locale.ROOT, "  %s: fires on %d sentences (%.2f%%); %d at random:%n", e.getKey(), all.size(), 100.0 * all.size() / sentences,
                    Math.min(SAMPLE, all.size()));
            Collections.shuffle(all, random);
            for (int i = 0; i < Math.min(SAMPLE, all.size()); i++) out.printf("    %2d. %s%n", i + 1, all.get(i));
        }
    }

    /** The second column of each record of a CSV with a header line; quotes and newlines inside quotes as RFC 4180 has them. */
    static List<String> bodies(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false, header = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') field.append(text.charAt(++i));
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || i == text.length() - 1) {
                if (c != '\n') field.append(c);
                record.add(field.toString().replaceAll("\r$", ""));
                field.setLength(0);
                if (!header && record.size() >= 2) out.add(record.get(1));
                header = false;
                record = new ArrayList<>();
            } else field.append(c);
        }
        return out;
    }
}
