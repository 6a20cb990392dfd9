package app.loadwise.reporting;

import jakarta.validation.constraints.NotBlank;

/** Send a club-week's report now. */
public record SendRequest(@NotBlank(message = "week is required, e.g. 2026-W47") String week) {
}
