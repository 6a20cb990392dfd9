package app.loadwise.traininglog;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.common.Limited;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An athlete to create or the new state of one; {@code active} defaults to true. */
public record AthleteRequest(
        @NotBlank(message = "member id is required") @Size(max = 64, message = "member id must be at most 64 characters") String memberId,
        @NotBlank(message = "name is required") @Size(max = 200, message = "name must be at most 200 characters") String name,
        String sex,
        @Limited(InputLimits.BIRTH_YEAR) @Min(value = 1900, message = "birth year must be between 1900 and 2100") @Max(value = 2100, message = "birth year must be between 1900 and 2100") Integer birthYear,
        @NotBlank(message = "experience level is required; use beginner, intermediate or advanced") String level,
        @Limited(InputLimits.ATHLETE_MAX_HEART_RATE) Integer maxHr,
        @Limited(value = InputLimits.ATHLETE_RESTING_HEART_RATE, description = "below maxHr") Integer restingHr,
        String timeZone,
        Boolean active) {
}
