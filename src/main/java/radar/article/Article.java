package radar.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;

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

    public static Optional<Article> findDuplicate(String url, String contentHash) {
        if (url != null) {
            Optional<Article> byUrl = find("url", url).firstResultOptional();
            if (byUrl.isPresent()) return byUrl;
        }
        return find("contentHash", contentHash).firstResultOptional();
    }
}
