package radar.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import radar.analysis.ArticleInput;

/** One article of a batch: a row of the queue, then the record of what became of it. */
@Entity
@jakarta.persistence.Table(name = "batch_item")
public class BatchItem extends PanacheEntityBase {

    public enum Status { QUEUED, RUNNING, DONE, FAILED;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "batch_id")
    public Batch batch;

    /** Position in the posted {@code articles} array. */
    @Column(name = "item_index")
    public int index;

    /** queued, running, done or failed ({@link Status}, lower case). */
    public String status;

    public String title;
    public String source;
    public String url;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** The text to analyse; cleared once the article is stored (the article keeps it). */
    public String text;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "article_id")
    public Long articleId;

    /** The article was stored before, or queued earlier: nothing was analysed for this row. */
    public boolean duplicate;

    /** The queued row this one repeats, while that one has no article yet. */
    @Column(name = "duplicate_of")
    public Long duplicateOf;

    public String error;

    /** How many times a worker claimed it. */
    public int attempts;

    /** The replica and thread that claimed it last. */
    public String worker;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "queued_at")
    public Instant queuedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public ArticleInput input() {
        return new ArticleInput(title, source, url, publishedAt, text);
    }

    boolean is(Status s) {
        return s.value().equals(status);
    }
}
