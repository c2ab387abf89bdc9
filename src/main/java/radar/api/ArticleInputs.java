package radar.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import radar.analysis.ArticleInput;
import radar.analysis.ArticleTooLargeException;

/** Turns a request body into a validated {@link ArticleInput}; rejects what cannot be read. */
final class ArticleInputs {

    private ArticleInputs() {}

    /** Control characters other than line breaks and tabs: invisible, and trouble for every later stage. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u2028\\u2029\\uFEFF]");

    public static ArticleInput from(ArticleRequest request, int maxChars) {
        String text = clean(request.text()).strip();
        if (text.isEmpty()) throw new BadInputException("text", "is required and must contain text");
        if (text.length() > maxChars) {
            throw new ArticleTooLargeException("The article has " + text.length() + " characters; this service accepts at most "
                    + maxChars + " (radar.limits.max-article-chars). Split it into several articles.");
        }
        return new ArticleInput(blankToNull(clean(request.title())), blankToNull(clean(request.source())), url(request.url()),
                publishedAt(request.publishedAt()), text);
    }

    private static String clean(String s) {
        return s == null ? null : CONTROL.matcher(s).replaceAll("");
    }

    /** A publication date further ahead than this is a mistake, not news. */
    private static final java.time.Duration FUTURE_TOLERANCE = java.time.Duration.ofDays(1);

    static Instant publishedAt(String value) {
        Instant instant = parseDate(value);
        if (instant != null && instant.isAfter(Instant.now().plus(FUTURE_TOLERANCE))) {
            throw new BadInputException("publishedAt", "'" + abbreviate(value.strip()) + "' is in the future");
        }
        return instant;
    }

    private static Instant parseDate(String value) {
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
