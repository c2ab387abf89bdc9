package radar.nli;

/** The model's verdict on one ordered pair (premise ⇒ hypothesis). */
public record NliProbabilities(double contradiction, double entailment, double neutral) {}
