package radar.topic;

/** The topic a statement was put in: one known from before, or one this analysis opened. */
public sealed interface TopicRef {

    String label();

    record Known(long id, String label) implements TopicRef {}

    /** The {@code index}-th topic opened by this analysis ({@link TopicAssigner#opened()}). */
    record Opened(int index, String label) implements TopicRef {}
}
