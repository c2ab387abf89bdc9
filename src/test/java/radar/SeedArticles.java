package radar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The seed articles of the repo's seeds/ folder, by file name, in name order. */
public final class SeedArticles {

    private SeedArticles() {}

    public static Map<String, String> all() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> body(String name, String text) {
        return Map.of("title", name, "text", text);
    }
}
