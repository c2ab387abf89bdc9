package radar.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An actor as stored: one row per canonical actor, registry or discovered. */
@Entity
@Table(name = "actor")
public class ActorEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;
    public String kind;

    /** What the actor is ("Kremlin spokesperson"), from the registry; null for discovered actors. */
    public String role;

    /** The country or side the actor belongs to, if known: "Russia" for the Kremlin. */
    public String side;
}
