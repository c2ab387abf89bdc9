package radar.event;

import java.util.Optional;

/**
 * What a statement says about an event, read once when it enters the pool and compared with
 * every candidate: an action said to have stopped, a cause blamed, people said to be unhurt or
 * counted as hurt, how badly something was hit.
 */
public record EventReading(Optional<Cessation> cessation, Optional<Cause> cause, boolean noneHurt, boolean hurtCounted,
                           Optional<DamageExtent> damage) {

    public static EventReading of(String text, boolean denied) {
        return new EventReading(Cessation.of(text), Cause.of(text), Casualties.noneSaid(text, denied), !denied && Casualties.counted(text),
                denied ? Optional.empty() : DamageExtent.of(text));
    }

    /** "one blames “a faulty heater”, the other “arsonists”" when the two name different causes of one event. */
    public Optional<String> causeDisagreement(EventReading other, boolean closeInMeaning) {
        if (cause.isEmpty() || other.cause.isEmpty() || !cause.get().differsFrom(other.cause.get(), closeInMeaning)) return Optional.empty();
        return Optional.of("one blames “" + cause.get().asWritten() + "”, the other “" + other.cause.get().asWritten() + "”");
    }

    /** "one says “obliterated”, the other “largely intact”" when they disagree on how badly one thing was hit. */
    public Optional<String> damageDisagreement(EventReading other, boolean closeInMeaning) {
        if (damage.isEmpty() || other.damage.isEmpty() || !damage.get().contradicts(other.damage.get(), closeInMeaning)) return Optional.empty();
        return Optional.of("one says “" + damage.get().asWritten() + "”, the other “" + other.damage.get().asWritten() + "”");
    }

    /** One says no one was hurt, the other counts people hurt. */
    public boolean hurtVersusNone(EventReading other) {
        return noneHurt && other.hurtCounted || hurtCounted && other.noneHurt;
    }
}
