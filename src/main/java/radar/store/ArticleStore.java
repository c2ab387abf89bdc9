package radar.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import radar.RadarConfig;
import radar.actor.Actor;
import radar.actor.ActorRegistry;
import radar.analysis.Analysis;
import radar.analysis.AnalyzedClaim;
import radar.analysis.Memory;
import radar.analysis.ScoredPair;
import radar.contradiction.Calibration;
import radar.contradiction.TopicCalibrations;
import radar.pairing.Origin;
import radar.pairing.PooledStatement;
import radar.topic.KnownTopic;
import radar.topic.TopicRef;

/** The store as the pipeline sees it: what came before, and where an analysed article is written. */
@ApplicationScoped
public class ArticleStore {

    @Inject TopicStore topics;
    @Inject StatementIndex index;
    @Inject ActorRegistry registry;
    @Inject ContradictionRepository pairs;
    @Inject RadarConfig config;

    /** What the store remembers, for the next analysis. */
    @Transactional
    public Memory memory() {
        List<PooledStatement> statements = index.snapshot();
        List<KnownTopic> known = topics.known();
        TopicCalibrations calibrations = calibration();
        return new Memory() {
            @Override
            public Calibration calibration(TopicRef topic) {
                return calibrations.forTopic(topic instanceof TopicRef.Known known ? known.id() : null);
            }

            @Override
            public List<PooledStatement> statements() {
                return statements;
            }

            @Override
            public List<KnownTopic> topics() {
                return known;
            }
        };
    }

    /** What the reviews so far teach the rule, overall and per topic: see {@link TopicCalibrations#fit}. */
    @Transactional
    public TopicCalibrations calibration() {
        return TopicCalibrations.fit(pairs.modelReviews(), config.calibration().minPrecision(), config.calibration().minReviews());
    }

    /** The id of an article stored before with this url or this content. */
    @Transactional
    public Optional<Long> findDuplicate(String url, String contentHash) {
        return Article.findDuplicate(url, contentHash).map(a -> a.id);
    }

    /** Writes one analysed article, its statements, topics and flagged pairs: all or nothing. Answers its id. */
    @Transactional
    public long save(String contentHash, Analysis analysis) {
        Article article = Article.of(analysis.article(), contentHash);
        article.persist();
        List<Topic> topicOfClaim = topics.save(analysis);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < analysis.claims().size(); i++) {
            Statement statement = Statement.of(article, analysis.claims().get(i), actor(analysis.claims().get(i).claim().actor()), topicOfClaim.get(i));
            statement.persist();
            statements.add(statement);
        }
        Statement.flush(); // ids now exist, in insertion order
        Instant now = Instant.now();
        for (ScoredPair pair : analysis.flagged()) {
            Statement earlier = pair.earlier().origin() instanceof Origin.Known known
                    ? Statement.findById(known.statementId())
                    : statements.get(((Origin.Current) pair.earlier().origin()).ordinal());
            Statement later = statements.get(((Origin.Current) pair.later().pooled().origin()).ordinal());
            Contradiction.of(earlier, later, pair, now).persist();
        }
        return article.id;
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
