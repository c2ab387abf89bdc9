package radar.nli;

/** The model's verdicts on a pair read both ways: A ⇒ B and B ⇒ A. */
public record PairVerdict(NliProbabilities ab, NliProbabilities ba) {}
