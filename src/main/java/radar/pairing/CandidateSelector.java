package radar.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.time.Duration;
import radar.RadarConfig;
import radar.event.Quantities;
import radar.topic.Terms;

/**
 * Chooses which earlier statements a new statement is compared with: the ones on the same subject
 * (similarity of proposition or context embeddings at least {@code radar.pairing.min-similarity},
 * and at least one content word in common), the closest first, at most
 * {@code radar.pairing.max-candidates} of them, said by another actor at about the same time (or
 * an unknown one), or by the same actor at a clearly different time. Two claims of one sentence
 * only when two named voices speak in it.
 */
@ApplicationScoped
public class CandidateSelector {

    /**
     * @param sameEvent one says an action stopped and the other reports it, the two blame different causes, one says
     *     no one was hurt and the other counts people hurt, they disagree on how badly one thing was hit, or both give
     *     conflicting numbers for one counted thing: compared first, whatever the cap
     */
    public record Candidate(PooledStatement earlier, double similarity, boolean sameEvent) {}

    private static final double CLOSE_WITHOUT_SHARED_WORDS = 0.70;
    private final int maxCandidates;
    private final double minSimilarity;
    private final Duration changedOverTime;
    /** Close neighbours whose numbers for one counted thing conflict are compared first ({@code radar.nli.numeric-similarity}). */
    private final double numericSimilarity;

    @Inject
    public CandidateSelector(RadarConfig config) {
        this(config.pairing().maxCandidates(), config.pairing().minSimilarity(), Duration.ofDays(config.pairing().changedOverTimeDays()),
                config.nli().numericSimilarity());
    }

    public CandidateSelector(int maxCandidates, double minSimilarity, Duration changedOverTime, double numericSimilarity) {
        this.maxCandidates = maxCandidates;
        this.minSimilarity = minSimilarity;
        this.changedOverTime = changedOverTime;
        this.numericSimilarity = numericSimilarity;
    }

    public List<Candidate> select(PooledStatement statement, List<PooledStatement> earlier) {
        List<Candidate> found = new ArrayList<>();
        for (PooledStatement other : earlier) {
            if (sameSentence(statement, other)) continue;
            double similarity = statement.similarity(other);
            // "halted its attacks on energy facilities" and "drones hit energy facilities" are one
            // event, however far apart in wording; so are "500 were killed" and "the toll was 50 or less".
            boolean sameEvent = statement.stoppedVersusOngoing(other)
                    || statement.differentCausesWhy(other).isPresent()
                    || hurtVersusNone(statement, other, similarity)
                    || statement.damageDisagreementWhy(other).isPresent()
                    || statement.deniedBlameWhy(other).isPresent()
                    || (similarity >= numericSimilarity && Quantities.compare(statement.text(), other.text()) == Quantities.Comparison.CONFLICT);
            // A shared content word keeps loose neighbours apart; close ones meet without ("the blast was a misfired rocket" / "Hamas blamed an air strike").
            boolean related = sameEvent || Terms.overlap(statement.stems(), other.stems()) || similarity >= CLOSE_WITHOUT_SHARED_WORDS;
            if (!related || !comparable(statement, other, sameEvent)) continue;
            if (similarity >= minSimilarity || sameEvent) found.add(new Candidate(other, sameEvent ? Math.max(similarity, minSimilarity) : similarity, sameEvent));
        }
        found.sort(Comparator.comparing(Candidate::sameEvent).thenComparingDouble(Candidate::similarity).reversed());
        return found.size() > maxCandidates ? List.copyOf(found.subList(0, maxCandidates)) : found;
    }

    /**
     * "denied any injuries or fatalities" against "21 were killed and 175 injured": one incident when
     * they share a word or one article tells both (a toll from another incident of the same story
     * shares neither).
     */
    private boolean hurtVersusNone(PooledStatement a, PooledStatement b, double similarity) {
        return a.hurtVersusNone(b) && similarity >= minSimilarity && (Terms.overlap(a.stems(), b.stems()) || a.origin().sameArticle(b.origin()));
    }

    /**
     * Two claims of one sentence are pieces of one voice, unless two named voices disagree in it:
     * "Hamas blamed an Israeli air strike, while the Israeli army blamed a misfired rocket".
     */
    private static boolean sameSentence(PooledStatement a, PooledStatement b) {
        boolean twoVoices = !a.actor().id().equals(b.actor().id()) && !a.actor().isOutlet() && !b.actor().isOutlet();
        return a.origin().sameArticle(b.origin()) && a.sentenceIndex() == b.sentenceIndex() && !twoVoices;
    }

    /**
     * Two actors weeks apart speak of different moments, unless what they say pins one event down
     * (a toll of 500 against one of 50 or less), and so do two that name days clearly apart ("on
     * March 3", "on March 10"); one actor disagreeing with itself is only news as a change over
     * time: dates clearly apart.
     */
    boolean comparable(PooledStatement a, PooledStatement b, boolean sameEvent) {
        // "closed on March 3" and "open on March 10": two moments, whoever says them.
        if (!a.actor().id().equals(b.actor().id()) && a.event().differentDays(b.event())) return false;
        boolean datesApart = a.publishedAt() != null && b.publishedAt() != null
                && Duration.between(a.publishedAt(), b.publishedAt()).abs().compareTo(changedOverTime) >= 0;
        if (a.actor().id().equals(b.actor().id())) return datesApart;
        return !datesApart || sameEvent;
    }
}
