package radar.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import radar.analysis.ScoredPair;
import radar.nli.NliProbabilities;
import radar.report.ReviewStatus;

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

    /** contradiction or changed-over-time ({@link radar.contradiction.Kind#value()}). */
    public String kind;

    /** What decided the flag, in words: "numbers for one count differ: 0–50 vs 500 (dead)". */
    @Column(length = MAX_WHY)
    public String why;

    /** The model's probabilities alone decided the flag: only such pairs teach {@link radar.contradiction.Calibration}. */
    @Column(name = "by_model")
    public boolean byModel;

    static final int MAX_WHY = 500;

    @Column(name = "ab_contradiction") public double abContradiction;
    @Column(name = "ab_entailment") public double abEntailment;
    @Column(name = "ab_neutral") public double abNeutral;
    @Column(name = "ba_contradiction") public double baContradiction;
    @Column(name = "ba_entailment") public double baEntailment;
    @Column(name = "ba_neutral") public double baNeutral;

    @Column(name = "created_at")
    public Instant createdAt;

    /** flagged (new), confirmed or dismissed by an analyst: a {@link ReviewStatus} value. */
    public String status = ReviewStatus.FLAGGED.value();

    /** Why a dismissed pair was dismissed: a {@link radar.report.DismissalReason} value, or null. */
    @Column(name = "review_reason")
    public String reviewReason;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** A flagged pair as stored: side A is the statement with the smaller id, the probabilities follow. */
    static Contradiction of(Statement earlier, Statement later, ScoredPair pair, Instant now) {
        boolean inOrder = earlier.id < later.id;
        Contradiction c = new Contradiction();
        c.statementA = inOrder ? earlier : later;
        c.statementB = inOrder ? later : earlier;
        NliProbabilities ab = inOrder ? pair.verdict().ab() : pair.verdict().ba();
        NliProbabilities ba = inOrder ? pair.verdict().ba() : pair.verdict().ab();
        c.abContradiction = ab.contradiction();
        c.abEntailment = ab.entailment();
        c.abNeutral = ab.neutral();
        c.baContradiction = ba.contradiction();
        c.baEntailment = ba.entailment();
        c.baNeutral = ba.neutral();
        c.score = pair.score();
        c.kind = pair.kind().value();
        c.byModel = pair.byModelAlone();
        c.why = pair.why() == null || pair.why().length() <= MAX_WHY ? pair.why() : pair.why().substring(0, MAX_WHY);
        c.topic = later.topic;
        c.createdAt = now;
        return c;
    }
}
