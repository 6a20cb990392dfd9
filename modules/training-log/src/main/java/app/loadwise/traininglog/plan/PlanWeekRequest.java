package app.loadwise.traininglog.plan;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A whole week's plan, replacing what was planned for that week; an empty list clears the week. */
public record PlanWeekRequest(
        @NotNull(message = "sessions are required; an empty list clears the week") List<PlannedSessionRequest> sessions) {
}
