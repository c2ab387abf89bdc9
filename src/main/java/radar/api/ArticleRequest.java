package radar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /articles}: only {@code text} is required. {@code publishedAt} is an
 * ISO-8601 date or date-time ("2025-03-19", "2025-03-19T08:00:00Z", "2025-03-19T10:00:00+02:00").
 * The length of {@code text} is limited by {@code radar.limits.max-article-chars} (413 beyond).
 */
public record ArticleRequest(
        @Size(max = 1000, message = "must be at most 1000 characters") String title,
        @Size(max = 300, message = "must be at most 300 characters") String source,
        @Size(max = 2048, message = "must be at most 2048 characters") String url,
        String publishedAt,
        @NotBlank(message = "is required and must contain text") String text) {}
