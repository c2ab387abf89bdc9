package radar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /contradictions/{id}}; a {@code reason} goes only with {@code dismissed}. */
public record ReviewRequest(
        @NotBlank(message = "is required: confirmed, dismissed or flagged")
        @Pattern(regexp = "(?i)\\s*(confirmed|dismissed|flagged)\\s*", message = "must be confirmed, dismissed or flagged")
        String status,
        @Size(max = 1000, message = "must be at most 1000 characters") String comment,
        @Pattern(regexp = "(?i)\\s*(different-event|different-time|not-a-claim|wrong-speaker|model-error)\\s*",
                message = "must be different-event, different-time, not-a-claim, wrong-speaker or model-error")
        String reason) {}
