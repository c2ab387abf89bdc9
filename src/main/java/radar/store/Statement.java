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
import radar.analysis.AnalyzedClaim;
import radar.topic.Vectors;

/** A stored claim: the proposition, the sentence it comes from, who asserts it, its topic. */
@Entity
public class Statement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(name = "sentence_index")
    public int sentenceIndex;

    /** The source sentence, verbatim. */
    public String sentence;

    /** The proposition the model reads. */
    public String text;

    @ManyToOne(optional = false)
    @JoinColumn(name = "actor_id")
    public ActorEntity actor;

    @Column(name = "actor_as_written")
    public String actorAsWritten;

    /** asserts or denies: "X denied that P" is stored as P, denied by X. */
    public String polarity;

    @ManyToOne(optional = false)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    /** Embedding of the proposition (all-MiniLM-L6-v2), little-endian float32. */
    public byte[] embedding;

    /** Embedding of the sentence with the one before it. */
    @Column(name = "context_embedding")
    public byte[] contextEmbedding;

    static Statement of(Article article, AnalyzedClaim analyzed, ActorEntity actor, Topic topic) {
        Statement s = new Statement();
        s.article = article;
        s.sentenceIndex = analyzed.claim().sentence().index();
        s.sentence = analyzed.claim().sentence().text();
        s.text = analyzed.claim().text();
        s.actor = actor;
        s.actorAsWritten = analyzed.claim().actorAsWritten();
        s.polarity = analyzed.claim().polarity().name().toLowerCase(java.util.Locale.ROOT);
        s.topic = topic;
        s.embedding = Vectors.toBytes(analyzed.pooled().embedding());
        s.contextEmbedding = Vectors.toBytes(analyzed.pooled().contextEmbedding());
        return s;
    }
}
