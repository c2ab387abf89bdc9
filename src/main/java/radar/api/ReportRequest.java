package radar.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of {@code POST /reports}: the articles to compare with one another. */
public record ReportRequest(
        @NotEmpty(message = "must list at least one article")
        @Size(max = 20, message = "must list at most 20 articles")
        List<@NotNull(message = "must not contain null") @Valid ArticleRequest> articles) {}
