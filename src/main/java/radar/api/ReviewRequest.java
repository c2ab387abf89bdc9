package radar.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PATCH /contradictions/{id}}. */
public record ReviewRequest(
        @NotBlank(message = "is required: confirmed, dismissed or flagged")
        @Pattern(regexp = "(?i)\\s*(confirmed|dismissed|flagged)\\s*", message = "must be confirmed, dismissed or flagged")
        String status,
        @Size(max = 1000, message = "must be at most 1000 characters") String comment) {}
