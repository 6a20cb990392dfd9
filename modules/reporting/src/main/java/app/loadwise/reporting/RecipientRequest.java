package app.loadwise.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A report recipient to add to a club. */
public record RecipientRequest(
        @NotBlank(message = "email is required") @Size(max = 254, message = "email must be at most 254 characters") String email,
        @Size(max = 200, message = "name must be at most 200 characters") String name) {
}
