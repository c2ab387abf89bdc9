package radar.topic;

/** A topic from before: its id, where it sits (the context embedding of its first statement) and its label. */
public record KnownTopic(long id, float[] centroid, String label) {}
