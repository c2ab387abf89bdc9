package radar.contradiction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import radar.statement.Statement;
import radar.topic.Topic;

/** A flagged pair of statements. Side A has the smaller statement id. */
@Entity
public class Contradiction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_a_id")
    public Statement statementA;

    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_b_id")
    public Statement statementB;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    public double score;

    @Column(name = "ab_contradiction") public double abContradiction;
    @Column(name = "ab_entailment") public double abEntailment;
    @Column(name = "ab_neutral") public double abNeutral;
    @Column(name = "ba_contradiction") public double baContradiction;
    @Column(name = "ba_entailment") public double baEntailment;
    @Column(name = "ba_neutral") public double baNeutral;

    @Column(name = "created_at")
    public Instant createdAt;

    /** flagged (new), confirmed or dismissed by an analyst. */
    public String status = Status.FLAGGED.value();

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    public enum Status {
        FLAGGED, CONFIRMED, DISMISSED;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Status> parse(String value) {
            for (Status s : values()) if (s.value().equalsIgnoreCase(value == null ? "" : value.strip())) return java.util.Optional.of(s);
            return java.util.Optional.empty();
        }
    }
}
