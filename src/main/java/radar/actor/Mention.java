package radar.actor;

/** An actor named in a piece of text, with the words used and where they stand. */
public record Mention(Actor actor, String asWritten, int start, int end) {}
