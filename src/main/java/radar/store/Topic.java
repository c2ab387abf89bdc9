package radar.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A cluster of statements about the same thing, with a readable label and its centroid. */
@Entity
public class Topic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String label;

    /** Where the topic sits: the context embedding of its first statement, little-endian float32. */
    public byte[] centroid;

    public int size;
}
