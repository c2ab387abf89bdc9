package radar.report;

import java.util.Locale;
import java.util.Optional;

/** Where an analyst's review of a flagged pair stands. */
public enum ReviewStatus {
    FLAGGED, CONFIRMED, DISMISSED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewStatus> parse(String value) {
        for (ReviewStatus s : values()) if (s.value().equalsIgnoreCase(value == null ? "" : value.strip())) return Optional.of(s);
        return Optional.empty();
    }
}
