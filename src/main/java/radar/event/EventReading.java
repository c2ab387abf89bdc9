package radar.event;

import java.time.Instant;
import java.util.Optional;

/**
 * What a statement says about an event, read once when it enters the pool and compared with
 * every candidate: an action said to have stopped, a cause blamed, people said to be unhurt or
 * counted as hurt, how badly something was hit, the day it happened.
 */
public record EventReading(Optional<Cessation> cessation, Optional<Cause> cause, boolean noneHurt, boolean hurtCounted,
                           Optional<DamageExtent> damage, Optional<EventDay> day) {

    /** @param published the article's date, which "on Tuesday" and "yesterday" count back from (null: unknown) */
    public static EventReading of(String text, boolean denied, Instant published) {
        return new EventReading(Cessation.of(text), Cause.of(text), Casualties.noneSaid(text, denied), !denied && Casualties.counted(text),
                denied ? Optional.empty() : DamageExtent.of(text), EventDay.of(text, published));
    }

    /** Both say on which day, and the days are clearly apart: two moments, not one event told twice. */
    public boolean differentDays(EventReading other) {
        return day.isPresent() && other.day.isPresent() && day.get().apartFrom(other.day.get());
    }

    /** "both about 3 June 2025" when both name the day, and it is one. */
    public Optional<String> sameDay(EventReading other) {
        if (day.isEmpty() || other.day.isEmpty() || differentDays(other)) return Optional.empty();
        return Optional.of("both about " + day.get().readable() + " (“" + day.get().asWritten() + "”, “" + other.day.get().asWritten() + "”)");
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
