package app.loadwise.recovery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** What to score; every field optional. {@code today} pins the local date for backfills. */
public record ScoringRunRequest(
        @Pattern(regexp = "\\d{4}-W\\d{2}", message = "week must look like 2026-W05") String week,
        Long club,
        @Min(value = 1, message = "partitions must be between 1 and 16") @Max(value = 16, message = "partitions must be between 1 and 16") Integer partitions,
        @Min(value = 1, message = "chunk size must be between 1 and 5000") @Max(value = 5000, message = "chunk size must be between 1 and 5000") Integer chunkSize,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "today must be a date like 2026-03-02") String today) {

    public static ScoringRunRequest defaults() {
        return new ScoringRunRequest(null, null, null, null, null);
    }
}
