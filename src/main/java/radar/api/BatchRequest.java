package radar.api;

import java.util.List;

/** The body of {@code POST /batches}: articles of the shape {@code POST /articles} takes. */
public record BatchRequest(List<ArticleRequest> articles) {}
