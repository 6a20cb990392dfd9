package app.loadwise.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scoring run (one execution of the nightly job, with the attempts before it) and its progress: athletes read,
 * written (scored) and skipped, counted in each chunk's transaction, so they are exact across stops and restarts.
 */
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
        List<Partition> partitions,
        long issueCount,
        List<Issue> issues) {

    /** One partition: its athlete-id range, how many of its athletes are done, written and skipped. */
    public record Partition(int partition, long firstAthleteId, long lastAthleteId, int total, int done, int written,
                            int skipped, Instant updatedAt) {
    }

    /** An athlete the run could not score, and why. */
    public record Issue(long executionId, long athleteId, String week, String reason, Instant recordedAt) {
    }
}
