package radar.nli;

import java.util.List;

/** Scores pairs of propositions with an NLI model, in both directions. */
public interface NliScorer {

    /** One pair to score; A and B are propositions. */
    record Pair(String a, String b) {}

    /** A ⇒ B and B ⇒ A for every pair, in input order. */
    List<PairVerdict> score(List<Pair> pairs);
}
