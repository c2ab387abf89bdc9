package radar.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import radar.RadarConfig;
import radar.actor.Actor;
import radar.actor.ActorRef;
import radar.actor.ActorRegistry;
import radar.actor.SourceActors;
import radar.contradiction.ContradictionRule;
import radar.nli.NliScorer;
import radar.nli.PairVerdict;
import radar.pairing.CandidateSelector;
import radar.pairing.Origin;
import radar.pairing.PooledStatement;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;
import radar.statement.Claim;
import radar.statement.Polarity;
import radar.statement.StatementExtractor;
import radar.topic.Embedder;
import radar.topic.TopicAssigner;

/**
 * The analysis of one article, as one pure function of the article and what came before:
 * sentences → attributed claims → embeddings and topics → candidate pairs against earlier
 * statements → NLI both ways → flagged pairs. Stores nothing; callers decide what to keep.
 */
@ApplicationScoped
public class Pipeline {

    private static final Logger LOG = Logger.getLogger(Pipeline.class);

    private final SentenceSplitter splitter;
    private final StatementExtractor extractor;
    private final Embedder embedder;
    private final CandidateSelector candidates;
    private final NliScorer nli;
    private final ContradictionRule rule;
    private final ActorRegistry registry;
    private final int maxStatements;
    private final double topicJoinSimilarity;

    @Inject
    public Pipeline(SentenceSplitter splitter, StatementExtractor extractor, Embedder embedder, CandidateSelector candidates,
                    NliScorer nli, ContradictionRule rule, ActorRegistry registry, RadarConfig config) {
        this.splitter = splitter;
        this.extractor = extractor;
        this.embedder = embedder;
        this.candidates = candidates;
        this.nli = nli;
        this.rule = rule;
        this.registry = registry;
        this.maxStatements = config.limits().maxStatements();
        this.topicJoinSimilarity = config.topics().joinSimilarity();
    }

    /** The first two stages alone: who says what in the article, nothing compared. */
    public record Extraction(List<Sentence> sentences, List<Claim> claims) {}

    public Extraction extract(ArticleInput article) {
        List<Sentence> sentences = splitter.split(article.text());
        List<Claim> claims = extractor.extract(sentences, SourceActors.of(article.source(), article.url()));
        if (claims.size() > maxStatements) {
            throw new ArticleTooLargeException("The article yields " + claims.size() + " statements; this service takes at most "
                    + maxStatements + " per article (radar.limits.max-statements). Split it into several articles.");
        }
        return new Extraction(sentences, claims);
    }

    public Analysis analyze(ArticleInput article, Memory memory) {
        StageTimes times = new StageTimes();
        Extraction extraction = extract(article);
        List<Sentence> sentences = extraction.sentences();
        List<Claim> extracted = extraction.claims();
        times.end("extraction");

        TopicAssigner topics = new TopicAssigner(memory.topics(), topicJoinSimilarity);
        List<AnalyzedClaim> claims = embedAndAssignTopics(article, sentences, extracted, topics);
        times.end("topics");

        List<Candidate> pairs = candidatePairs(claims, memory.statements());
        times.end("pairing");

        List<PairVerdict> verdicts = nli.score(pairs.stream().map(p -> new NliScorer.Pair(p.earlier().text(), p.later().pooled().text())).toList());
        List<ScoredPair> scored = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            PairVerdict v = verdicts.get(i);
            Candidate c = pairs.get(i);
            ContradictionRule.Decision d = rule.decide(v, c.earlier(), c.later().pooled(), c.similarity(), memory.calibration(c.later().topic()));
            ScoredPair pair = new ScoredPair(c.earlier(), c.later(), v, d.flagged(), d.kind(), d.score(), d.why(), d.byModelAlone());
            scored.add(pair);
            LOG.debugf("pair %s C=%.2f/%.2f E=%.2f/%.2f | %s || %s", pair.flagged() ? "FLAGGED" : "scored",
                    v.ab().contradiction(), v.ba().contradiction(), v.ab().entailment(), v.ba().entailment(),
                    c.earlier().text(), c.later().pooled().text());
        }
        scored = DenialLinks.bestOnly(scored);
        times.end("nli");

        Analysis analysis = new Analysis(article, sentences.size(), claims, topics.opened(), scored, times);
        LOG.infof("Analysed article \"%s\": sentences=%d statements=%d pairs_scored=%d pairs_flagged=%d %s",
                abbreviate(article.title() != null ? article.title() : article.text()), sentences.size(), claims.size(),
                scored.size(), analysis.flagged().size(), times);
        return analysis;
    }

    /** Embeds each claim's proposition and its sentence in context, and puts it in a topic. */
    private List<AnalyzedClaim> embedAndAssignTopics(ArticleInput article, List<Sentence> sentences, List<Claim> extracted,
                                                     TopicAssigner topics) {
        List<float[]> embeddings = embedder.embed(extracted.stream().map(Claim::text).toList());
        List<float[]> contexts = embedder.embed(extracted.stream().map(e -> context(sentences, e.sentence())).toList());
        List<AnalyzedClaim> claims = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            Claim c = extracted.get(i);
            ActorRef actor = new ActorRef(c.actor().id(), c.actor().kind(), registry.side(c.actor()).map(Actor::name).orElse(null));
            PooledStatement pooled = PooledStatement.of(new Origin.Current(i), c.sentence().index(), actor, c.polarity(),
                    article.publishedAt(), embeddings.get(i), contexts.get(i), c.text());
            claims.add(new AnalyzedClaim(c, pooled, topics.assign(contexts.get(i), c.text())));
        }
        return claims;
    }

    private record Candidate(PooledStatement earlier, AnalyzedClaim later, double similarity) {}

    /** Each new claim against everything before it: what memory holds, then earlier claims of this article. */
    private List<Candidate> candidatePairs(List<AnalyzedClaim> claims, List<PooledStatement> remembered) {
        // A question claims nothing: it is listed, never paired.
        List<PooledStatement> pool = new ArrayList<>(remembered.stream().filter(s -> s.polarity().paired()).toList());
        List<Candidate> pairs = new ArrayList<>();
        for (AnalyzedClaim claim : claims) {
            if (!claim.pooled().polarity().paired()) continue;
            for (CandidateSelector.Candidate c : candidates.select(claim.pooled(), pool)) pairs.add(new Candidate(c.earlier(), claim, c.similarity()));
            pool.add(claim.pooled());
        }
        return pairs;
    }

    /** The sentence with the one before it: pronouns and ellipses point back there. */
    private static String context(List<Sentence> sentences, Sentence sentence) {
        int i = sentence.index();
        return i == 0 ? sentence.text() : sentences.get(i - 1).text() + " " + sentence.text();
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
