package radar.pairing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.time.Duration;
import radar.RadarConfig;
import radar.event.Cessation;
import radar.topic.Terms;

/**
 * Chooses which earlier statements a new statement is compared with: the ones on the same subject
 * (similarity of proposition or context embeddings at least {@code radar.pairing.min-similarity},
 * and at least one content word in common), the closest first, at most
 * {@code radar.pairing.max-candidates} of them, said by another actor at about the same time (or
 * an unknown one), or by the same actor at a clearly different time. Never two claims of one sentence.
 */
@ApplicationScoped
public class CandidateSelector {

    /** @param sameEvent one says an action stopped, the other reports it: compared whatever the similarity */
    public record Candidate(PooledStatement earlier, double similarity, boolean sameEvent) {}

    private final int maxCandidates;
    private final double minSimilarity;
    private final Duration changedOverTime;

    @Inject
    public CandidateSelector(RadarConfig config) {
        this(config.pairing().maxCandidates(), config.pairing().minSimilarity(), Duration.ofDays(config.pairing().changedOverTimeDays()));
    }

    public CandidateSelector(int maxCandidates, double minSimilarity, Duration changedOverTime) {
        this.maxCandidates = maxCandidates;
        this.minSimilarity = minSimilarity;
        this.changedOverTime = changedOverTime;
    }

    public List<Candidate> select(PooledStatement statement, List<PooledStatement> earlier) {
        List<Candidate> found = new ArrayList<>();
        for (PooledStatement other : earlier) {
            if (!comparable(statement, other) || !Terms.overlap(statement.stems(), other.stems())) continue;
            double similarity = statement.similarity(other);
            // "halted its attacks on energy facilities" and "drones hit energy facilities" are one event, however far apart in wording.
            boolean sameEvent = Cessation.conflict(statement.text(), other.text());
            if (similarity >= minSimilarity || sameEvent) found.add(new Candidate(other, sameEvent ? Math.max(similarity, minSimilarity) : similarity, sameEvent));
        }
        found.sort(Comparator.comparing(Candidate::sameEvent).thenComparingDouble(Candidate::similarity).reversed());
        return found.size() > maxCandidates ? List.copyOf(found.subList(0, maxCandidates)) : found;
    }

    boolean comparable(PooledStatement a, PooledStatement b) {
        if (a.origin().sameArticle(b.origin()) && a.sentenceIndex() == b.sentenceIndex()) return false;
        boolean datesApart = a.publishedAt() != null && b.publishedAt() != null
                && Duration.between(a.publishedAt(), b.publishedAt()).abs().compareTo(changedOverTime) >= 0;
        // Two actors weeks apart speak of different moments; one actor disagreeing with itself is
        // only news as a change over time: dates clearly apart.
        return a.actor().id().equals(b.actor().id()) == datesApart;
    }
}
