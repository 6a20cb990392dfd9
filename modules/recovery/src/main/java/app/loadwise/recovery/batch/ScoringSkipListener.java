package app.loadwise.recovery.batch;

import app.loadwise.recovery.internal.store.ScoringIssue;
import app.loadwise.recovery.internal.store.ScoringIssueRepository;
import app.loadwise.recovery.internal.store.ScoringProgressRepository;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Records each athlete the run skipped, with the reason, for the run's report. */
@Named
@Dependent
public class ScoringSkipListener implements SkipProcessListener {

    @Inject
    ScoringIssueRepository issues;

    @Inject
    ScoringProgressRepository progress;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    Clock clock;

    @Override
    public void onSkipProcessItem(Object item, Exception thrown) {
        if (thrown instanceof UnscorableAthleteException unscorable) {
            issues.record(new ScoringIssue(job.getExecutionId(), unscorable.athleteId(), unscorable.week(),
                    unscorable.getMessage(), clock.instant()));
            if (step.getTransientUserData() instanceof PartitionPosition read) {
                progress.skipped(job.getInstanceId(), read.partition(), read.done(), clock.instant());
            }
        }
    }
}
