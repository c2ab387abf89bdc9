package radar.event;

import java.util.Optional;

/**
 * What a statement says about an event, read once when it enters the pool and compared with
 * every candidate: an action said to have stopped, a cause blamed, people said to be unhurt or
 * counted as hurt.
 */
public record EventReading(Optional<Cessation> cessation, Optional<Cause> cause, boolean noneHurt, boolean hurtCounted) {

    public static EventReading of(String text, boolean denied) {
        return new EventReading(Cessation.of(text), Cause.of(text), Casualties.noneSaid(text, denied), !denied && Casualties.counted(text));
    }

    /** One says no one was hurt, the other counts people hurt. */
    public boolean hurtVersusNone(EventReading other) {
        return noneHurt && other.hurtCounted || hurtCounted && other.noneHurt;
    }
}
