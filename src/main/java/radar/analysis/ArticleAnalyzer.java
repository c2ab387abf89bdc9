package radar.analysis;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import radar.RadarConfig;
import radar.actor.SourceActors;
import radar.api.PayloadTooLargeException;
import radar.nli.ContradictionRule;
import radar.nli.NliService;
import radar.nli.PairVerdict;
import radar.pairing.CandidateSelector;
import radar.pairing.PooledStatement;
import radar.sentence.Sentence;
import radar.sentence.SentenceSplitter;
import radar.statement.ExtractedStatement;
import radar.statement.StatementExtractor;
import radar.topic.Embedder;
import radar.topic.TopicClusters;

/**
 * The pipeline for one article: sentences → attributed statements → embeddings and topics →
 * candidate pairs against earlier statements → NLI both ways → flagged pairs. Stores nothing;
 * callers decide what to keep.
 */
@ApplicationScoped
public class ArticleAnalyzer {

    /** Keys for statements and articles that have no id yet: negative, unique per JVM. */
    private static final AtomicLong TEMPORARY_KEYS = new AtomicLong();

    @Inject SentenceSplitter splitter;
    @Inject StatementExtractor extractor;
    @Inject Embedder embedder;
    @Inject CandidateSelector candidates;
    @Inject NliService nli;
    @Inject ContradictionRule rule;

    private final int maxStatements;

    @Inject
    public ArticleAnalyzer(RadarConfig config) {
        this.maxStatements = config.limits().maxStatements();
    }

    public static long temporaryKey() {
        return -TEMPORARY_KEYS.incrementAndGet();
    }

    /**
     * @param earlier statements already known (stored, or earlier in the same report request)
     * @param topics the topic space to assign statements in; updated in place
     */
    public Analysis analyze(ArticleInput article, long articleKey, List<PooledStatement> earlier, TopicClusters topics) {
        StageTimes times = new StageTimes();
        List<Sentence> sentences = splitter.split(article.text());
        times.end("sentences");

        List<ExtractedStatement> extracted = extractor.extract(sentences, SourceActors.of(article.source(), article.url()));
        if (extracted.size() > maxStatements) {
            throw new PayloadTooLargeException("The article yields " + extracted.size() + " statements; this service takes at most "
                    + maxStatements + " per article (radar.limits.max-statements). Split it into several articles.");
        }
        times.end("statements");

        List<float[]> embeddings = embedder.embed(extracted.stream().map(ExtractedStatement::text).toList());
        List<float[]> contexts = embedder.embed(extracted.stream().map(e -> context(sentences, e.sentence())).toList());
        List<AnalyzedStatement> statements = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            ExtractedStatement e = extracted.get(i);
            PooledStatement pooled = PooledStatement.of(temporaryKey(), articleKey, e.sentence().index(), e.actor().id(),
                    article.publishedAt(), embeddings.get(i), contexts.get(i), e.text());
            statements.add(new AnalyzedStatement(e, pooled, topics.assign(contexts.get(i), e.text())));
        }
        times.end("topics");

        // Each new statement against everything before it: the store, then earlier claims of this article.
        List<PooledStatement> pool = new ArrayList<>(earlier);
        List<PooledStatement> earlierSides = new ArrayList<>();
        List<AnalyzedStatement> laterSides = new ArrayList<>();
        for (AnalyzedStatement statement : statements) {
            for (CandidateSelector.Candidate c : candidates.select(statement.pooled(), pool)) {
                earlierSides.add(c.earlier());
                laterSides.add(statement);
            }
            pool.add(statement.pooled());
        }
        times.end("pairing");

        List<NliService.Pair> pairs = new ArrayList<>(earlierSides.size());
        for (int i = 0; i < earlierSides.size(); i++) {
            pairs.add(new NliService.Pair(earlierSides.get(i).text(), laterSides.get(i).pooled().text()));
        }
        List<PairVerdict> verdicts = nli.score(pairs);
        List<ScoredPair> scored = new ArrayList<>(verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            PairVerdict v = verdicts.get(i);
            ScoredPair pair = new ScoredPair(earlierSides.get(i), laterSides.get(i), v, rule.flags(v), rule.score(v));
            scored.add(pair);
            Log.debugf("pair %s C=%.2f/%.2f E=%.2f/%.2f | %s || %s", pair.flagged() ? "FLAGGED" : "scored",
                    v.ab().contradiction(), v.ba().contradiction(), v.ab().entailment(), v.ba().entailment(),
                    pair.earlier().text(), pair.later().pooled().text());
        }
        times.end("nli");

        Analysis analysis = new Analysis(article, sentences.size(), statements, scored, times);
        Log.infof("Analysed article \"%s\": sentences=%d statements=%d pairs_scored=%d pairs_flagged=%d %s",
                abbreviate(article.title() != null ? article.title() : article.text()), sentences.size(), statements.size(),
                scored.size(), analysis.flagged().size(), times);
        return analysis;
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
