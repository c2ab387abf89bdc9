package radar.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import radar.analysis.ArticleInput;

/** A news article as it was posted. */
@Entity
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;
    public String source;
    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** SHA-256 of the whitespace-normalised text: the same text posted twice is one article. */
    @Column(name = "content_hash")
    public String contentHash;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;

    static Article of(ArticleInput input, String contentHash) {
        Article article = new Article();
        article.title = input.title();
        article.source = input.source();
        article.url = input.url();
        article.publishedAt = input.publishedAt();
        article.text = input.text();
        article.contentHash = contentHash;
        article.createdAt = Instant.now();
        return article;
    }

    public static Optional<Article> findDuplicate(String url, String contentHash) {
        if (url != null) {
            Optional<Article> byUrl = find("url", url).firstResultOptional();
            if (byUrl.isPresent()) return byUrl;
        }
        return find("contentHash", contentHash).firstResultOptional();
    }
}
