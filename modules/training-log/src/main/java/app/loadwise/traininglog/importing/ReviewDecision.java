package app.loadwise.traininglog.importing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The decision on a row held for review: "import" it after all, or "dismiss" it and keep the existing record. */
public record ReviewDecision(
        @NotNull(message = "decision is required: import or dismiss")
        @Pattern(regexp = "import|dismiss", message = "decision must be import or dismiss") String decision) {

    public boolean importsRow() {
        return "import".equals(decision);
    }
}
