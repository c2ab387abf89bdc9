package radar.report;

import java.util.Locale;
import java.util.Optional;

/** Why an analyst dismissed a flagged pair; only {@link #MODEL_ERROR} teaches the model's score floor. */
public enum DismissalReason {
    DIFFERENT_EVENT, DIFFERENT_TIME, NOT_A_CLAIM, WRONG_SPEAKER, MODEL_ERROR;

    /** "model-error", as the API writes it. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DismissalReason> parse(String value) {
        for (DismissalReason r : values()) if (r.value().equalsIgnoreCase(value == null ? "" : value.strip())) return Optional.of(r);
        return Optional.empty();
    }
}
