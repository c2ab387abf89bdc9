package radar.contradiction;

import java.util.Locale;
import java.util.Optional;

/** What sort of conflict a flagged pair is. */
public enum Kind {
    /** Two actors say things about the same matter that cannot both be true. */
    CONTRADICTION,
    /** One actor denies what another asserts ("X denied that …", "dismissed the reports as false"). */
    DENIAL,
    /** Two actors give incompatible numbers for the same counted thing ("150 drones" and "no drones"). */
    NUMERIC,
    /** One actor says incompatible things at clearly different times. */
    CHANGED_OVER_TIME;

    /** As written in the API and the store: "contradiction", "changed-over-time". */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Kind> parse(String value) {
        for (Kind k : values()) if (k.value().equalsIgnoreCase(value == null ? "" : value.strip())) return Optional.of(k);
        return Optional.empty();
    }
}
