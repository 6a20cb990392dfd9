package app.loadwise.traininglog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A club to create or the new state of one. */
public record ClubRequest(
        @NotBlank(message = "name is required") @Size(max = 200, message = "name must be at most 200 characters") String name,
        @NotBlank(message = "time zone is required, e.g. Europe/Berlin") String timeZone,
        @Pattern(regexp = "(?i)MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY",
                message = "first day of week must be a day name such as MONDAY") String firstDayOfWeek,
        @NotBlank(message = "locale is required, e.g. en-GB") String locale) {
}
