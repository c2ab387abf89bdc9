package radar.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import radar.contradiction.Kind;
import radar.pairing.Origin;
import radar.pairing.PooledStatement;
import radar.statement.Polarity;

/**
 * A denial answers one claim: of the flagged denial pairs of one denying statement, only the
 * one that matches best (highest score) stays flagged; the others are kept as scored pairs.
 */
public final class DenialLinks {

    private DenialLinks() {}

    public static List<ScoredPair> bestOnly(List<ScoredPair> scored) {
        Map<Link, ScoredPair> best = new HashMap<>();
        for (ScoredPair p : scored) {
            if (p.flagged() && p.kind() == Kind.DENIAL) best.merge(Link.of(p), p, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<ScoredPair> out = new ArrayList<>(scored.size());
        for (ScoredPair p : scored) {
            boolean kept = !p.flagged() || p.kind() != Kind.DENIAL || best.get(Link.of(p)) == p;
            out.add(kept ? p : new ScoredPair(p.earlier(), p.later(), p.verdict(), false, p.kind(), p.score(), p.why(), p.byModelAlone()));
        }
        return out;
    }

    /** A denial answers the claim its own article reports, and one claim of the earlier coverage. */
    private record Link(Origin denier, boolean sameArticle) {
        static Link of(ScoredPair p) {
            return new Link(DenialLinks.denier(p).origin(), p.earlier().origin().sameArticle(p.later().pooled().origin()));
        }
    }

    private static PooledStatement denier(ScoredPair p) {
        return p.earlier().polarity() == Polarity.DENIES ? p.earlier() : p.later().pooled();
    }
}
