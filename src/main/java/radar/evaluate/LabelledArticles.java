package radar.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import radar.analysis.ArticleInput;

/**
 * A folder of articles as plain text files, read in file-name order. A file may start with
 * header lines ({@code title:}, {@code outlet:}, {@code url:}, {@code published:}) and a blank
 * line before its body; without them the whole file is the body. Gold files name articles by
 * file name, so that is each article's key.
 */
final class LabelledArticles {

    /** An article and the file name gold labels refer to it by. */
    record LabelledArticle(String file, ArticleInput input) {}

    private LabelledArticles() {}

    static List<LabelledArticle> read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) throw new IOException(folder.toAbsolutePath() + " is not a folder of articles");
        List<LabelledArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(parse(file.getFileName().toString(), Files.readString(file)));
            }
        }
        if (out.isEmpty()) throw new IOException(folder.toAbsolutePath() + " holds no .txt articles");
        return out;
    }

    static LabelledArticle parse(String file, String content) {
        String title = file, outlet = null, url = null;
        Instant published = null;
        List<String> lines = content.lines().toList();
        int body = 0;
        while (body < lines.size() && lines.get(body).matches("(?i)^(title|outlet|url|published):.*")) {
            String line = lines.get(body++);
            String value = line.substring(line.indexOf(':') + 1).strip();
            switch (line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "outlet" -> outlet = value;
                case "url" -> url = value;
                default -> published = date(value);
            }
        }
        String text = String.join("\n", lines.subList(body, lines.size())).strip();
        return new LabelledArticle(file, new ArticleInput(title, outlet, url, published, text));
    }

    /** "2025-05-07" or a full ISO date-time; "unknown" and anything else unreadable mean no date. */
    private static Instant date(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
