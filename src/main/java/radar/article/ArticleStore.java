package radar.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import radar.actor.Actor;
import radar.actor.ActorEntity;
import radar.actor.ActorRegistry;
import radar.analysis.Analysis;
import radar.analysis.AnalyzedStatement;
import radar.analysis.ScoredPair;
import radar.contradiction.Contradiction;
import radar.nli.NliProbabilities;
import radar.statement.Statement;
import radar.topic.Topic;
import radar.topic.TopicClusters;
import radar.topic.TopicStore;
import radar.topic.Vectors;

/** Writes one analysed article, its statements, topics and flagged pairs: all or nothing. */
@ApplicationScoped
public class ArticleStore {

    @Inject TopicStore topicStore;
    @Inject ActorRegistry registry;

    @Transactional
    public Article save(String contentHash, Analysis analysis, TopicClusters topics) {
        Article article = new Article();
        article.title = analysis.article().title();
        article.source = analysis.article().source();
        article.url = analysis.article().url();
        article.publishedAt = analysis.article().publishedAt();
        article.text = analysis.article().text();
        article.contentHash = contentHash;
        article.createdAt = Instant.now();
        article.persist();

        topicStore.save(topics);

        Map<Long, Statement> byKey = new HashMap<>();
        for (AnalyzedStatement s : analysis.statements()) {
            Statement statement = new Statement();
            statement.article = article;
            statement.sentenceIndex = s.extracted().sentence().index();
            statement.sentence = s.extracted().sentence().text();
            statement.text = s.extracted().text();
            statement.actor = actor(s.extracted().actor());
            statement.actorAsWritten = s.extracted().actorAsWritten();
            statement.topic = Topic.findById(s.topic().id);
            statement.embedding = Vectors.toBytes(s.pooled().embedding());
            statement.contextEmbedding = Vectors.toBytes(s.pooled().contextEmbedding());
            statement.persist();
            byKey.put(s.pooled().key(), statement);
        }
        Statement.flush(); // ids now exist, in insertion order

        Instant now = Instant.now();
        for (ScoredPair pair : analysis.flagged()) {
            Statement earlier = pair.earlier().key() > 0 ? Statement.findById(pair.earlier().key()) : byKey.get(pair.earlier().key());
            Statement later = byKey.get(pair.later().pooled().key());
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
            c.topic = later.topic;
            c.createdAt = now;
            c.persist();
        }
        return article;
    }

    private ActorEntity actor(Actor actor) {
        ActorEntity entity = ActorEntity.findById(actor.id());
        if (entity != null) return entity;
        entity = new ActorEntity();
        entity.id = actor.id();
        entity.name = actor.name();
        entity.kind = actor.kind();
        entity.role = actor.role();
        entity.side = registry.side(actor).map(Actor::name).orElse(null);
        entity.persist();
        return entity;
    }
}
