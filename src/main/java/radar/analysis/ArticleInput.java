package radar.analysis;

import java.time.Instant;

/** An article to analyse, validated: text is non-blank, the date parsed. */
public record ArticleInput(String title, String source, String url, Instant publishedAt, String text) {}
