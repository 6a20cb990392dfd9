package app.loadwise.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A scoring run (one execution of the nightly job) with its progress, counts and the athletes it skipped. */
public record ScoringRunView(
        long executionId,
        long instanceId,
        String status,
        String exitStatus,
        Map<String, String> parameters,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        long read,
        long written,
        long skipped,
        int athletesTotal,
        int athletesDone,
        List<Partition> partitions,
        long issueCount,
        List<Issue> issues) {

    /** One partition: its athlete-id range and how many of its athletes are done. */
    public record Partition(int partition, long firstAthleteId, long lastAthleteId, int total, int done, Instant updatedAt) {
    }

    /** An athlete the run could not score, and why. */
    public record Issue(long executionId, long athleteId, String week, String reason, Instant recordedAt) {
    }
}
