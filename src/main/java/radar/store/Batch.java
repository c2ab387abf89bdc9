package radar.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Articles posted together to {@code POST /batches}; its articles are {@link BatchItem}s. */
@Entity
public class Batch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int total;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When its last article was done or failed; null while any is queued or running. */
    @Column(name = "finished_at")
    public Instant finishedAt;
}
