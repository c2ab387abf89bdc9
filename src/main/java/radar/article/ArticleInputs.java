package radar.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import radar.analysis.ArticleInput;
import radar.api.BadInputException;

/** Turns a request body into a validated {@link ArticleInput}; rejects what cannot be read. */
public final class ArticleInputs {

    private ArticleInputs() {}

    public static ArticleInput from(ArticleRequest request) {
        return new ArticleInput(blankToNull(request.title()), blankToNull(request.source()), url(request.url()),
                publishedAt(request.publishedAt()), request.text().strip());
    }

    /** SHA-256 of the text with whitespace collapsed: the identity of an article's content. */
    public static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant publishedAt(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadInputException("publishedAt",
                    "'" + abbreviate(v) + "' is not an ISO-8601 date or date-time, e.g. 2025-03-19 or 2025-03-19T08:00:00Z");
        }
    }

    static String url(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            URI uri = new URI(v);
            if (uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    && uri.getHost() != null) {
                return v;
            }
        } catch (Exception ignored) {
            // reported below
        }
        throw new BadInputException("url", "'" + abbreviate(v) + "' is not an http(s) URL");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
