package radar.pairing;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import radar.actor.ActorRef;
import radar.event.Cessation;
import radar.event.EventReading;
import radar.statement.Polarity;
import radar.topic.Terms;
import radar.topic.Vectors;

/**
 * A statement as pairing sees it: where it comes from, who asserts it, and its embeddings.
 *
 * @param origin remembered from an earlier article, or a claim of the article under analysis
 * @param sentenceIndex its sentence in its article
 * @param actor who asserts it: canonical id, kind, side
 * @param polarity whether the actor asserts or denies {@code text}
 * @param publishedAt when its article was published, if known
 * @param embedding embedding of the proposition
 * @param contextEmbedding embedding of its sentence with the one before: "there was no damage"
 *     alone says little, next to "… the Kerch Bridge …" it says what it is about
 * @param text the proposition, what the model reads
 * @param stems its content-word stems ({@link Terms#stems})
 * @param event what it says about an event ({@link EventReading}: a stopped action, a cause, people hurt or
 *     not), read once and compared with every candidate
 */
public record PooledStatement(Origin origin, int sentenceIndex, ActorRef actor, Polarity polarity, Instant publishedAt,
                              float[] embedding, float[] contextEmbedding, String text, Set<String> stems,
                              EventReading event) {

    /** Two causes or extents of damage named in different words ("the blast", "the killings") are one event's when the statements are this close. */
    private static final double ONE_EVENT_SIMILARITY = 0.65;

    public static PooledStatement of(Origin origin, int sentenceIndex, ActorRef actor, Polarity polarity, Instant publishedAt,
                                     float[] embedding, float[] contextEmbedding, String text) {
        return new PooledStatement(origin, sentenceIndex, actor, polarity, publishedAt, embedding, contextEmbedding, text, Terms.stems(text),
                EventReading.of(text, polarity == Polarity.DENIES, publishedAt));
    }

    /** The same statement under another origin: how a memory files a claim once its article is remembered. */
    public PooledStatement withOrigin(Origin newOrigin) {
        return new PooledStatement(newOrigin, sentenceIndex, actor, polarity, publishedAt, embedding, contextEmbedding, text, stems, event);
    }

    /** Whether one of the two says an action stopped and the other reports it going on. */
    public boolean stoppedVersusOngoing(PooledStatement other) {
        return stoppedVersusOngoingWhy(other).isPresent();
    }

    /** {@link #stoppedVersusOngoing}, in words: the parsed actions, not the texts again. */
    public Optional<String> stoppedVersusOngoingWhy(PooledStatement other) {
        return Cessation.why(event.cessation(), other.text).or(() -> Cessation.why(other.event.cessation(), text));
    }

    /** "one blames “a faulty heater”, the other “arsonists”": the two name different causes of one event. */
    public Optional<String> differentCausesWhy(PooledStatement other) {
        return event.causeDisagreement(other.event, similarity(other) >= ONE_EVENT_SIMILARITY);
    }

    /**
     * "the army denied responsibility for the blast" against "the blast was caused by an army
     * strike": one denies being the cause the other blames.
     */
    public Optional<String> deniedBlameWhy(PooledStatement other) {
        if ((polarity == Polarity.DENIES) == (other.polarity == Polarity.DENIES)) return Optional.empty();
        PooledStatement denier = polarity == Polarity.DENIES ? this : other, blamer = denier == this ? other : this;
        if (denier.event.cause().isEmpty() || blamer.event.cause().isEmpty()
                || !denier.event.cause().get().sameAs(blamer.event.cause().get(), similarity(other) >= ONE_EVENT_SIMILARITY)) {
            return Optional.empty();
        }
        return Optional.of("one denies being to blame, the other blames “" + blamer.event.cause().get().asWritten() + "”");
    }

    /** "one says “obliterated”, the other “largely intact”": how badly one thing was hit. */
    public Optional<String> damageDisagreementWhy(PooledStatement other) {
        return event.damageDisagreement(other.event, similarity(other) >= ONE_EVENT_SIMILARITY);
    }

    /** One says no one was hurt, the other counts people hurt ("denied any injuries" / "at least 31 people were killed"). */
    public boolean hurtVersusNone(PooledStatement other) {
        return event.hurtVersusNone(other.event);
    }

    /** How close the two propositions are, without their context: whether a denial and a claim say the same. */
    public double propositionSimilarity(PooledStatement other) {
        return Vectors.cosine(embedding, other.embedding);
    }

    /** How close two statements are in subject: the closer of proposition and context similarity. */
    public double similarity(PooledStatement other) {
        return Math.max(Vectors.cosine(embedding, other.embedding), Vectors.cosine(contextEmbedding, other.contextEmbedding));
    }
}
