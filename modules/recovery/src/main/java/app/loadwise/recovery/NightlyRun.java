package app.loadwise.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Starts the nightly scoring run for a night at most once across a cluster: every instance tries to claim
 * the (job, night) row and only the one whose insert succeeds starts the job.
 */
@ApplicationScoped
public class NightlyRun {

    private static final Logger LOG = Logger.getLogger(NightlyRun.class.getName());

    @Inject
    NightlyClaims claims;

    @Inject
    ScoringRuns runs;

    @Inject
    Clock clock;

    /** Claims the night for this instance and starts the run; empty when another instance (or an earlier try) has it. */
    public Optional<Long> claimAndStart(LocalDate night, String instance) {
        if (!claim(night, instance)) {
            return Optional.empty();
        }
        long executionId = runs.launch(ScoringRunRequest.defaults());
        claims.attach(ScoringRuns.JOB, night, executionId);
        LOG.info(() -> "Nightly scoring for " + night + " started on " + instance + " as run " + executionId);
        return Optional.of(executionId);
    }

    /** True when this caller won the night. */
    public boolean claim(LocalDate night, String instance) {
        if (claims.isClaimed(ScoringRuns.JOB, night)) {
            return false;
        }
        try {
            claims.insert(ScoringRuns.JOB, night, instance, clock.instant());
            return true;
        } catch (RuntimeException lost) {
            if (claims.isClaimed(ScoringRuns.JOB, night)) {
                return false;
            }
            throw lost;
        }
    }

    public boolean isClaimed(LocalDate night) {
        return claims.isClaimed(ScoringRuns.JOB, night);
    }
}
