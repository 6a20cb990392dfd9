package app.loadwise.recovery.batch;

import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.internal.store.ClubWeekScoringRepository;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The run's last step, once every partition has committed: records how far the scoring of each week the run
 * scored has come for its clubs (provisional or final), which is what the weekly report waits for. A restart that
 * reaches this step records it again from the scores as they then stand.
 */
@Named
@Dependent
public class ScoringStateRecorder extends AbstractBatchlet {

    @Inject
    ScoringContext context;

    @Inject
    ClubWeekScoringRepository states;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public String process() {
        states.record(context.club(), context.weeks(), RecoveryEngine.FORMULA_VERSION, clock.instant());
        return "COMPLETED";
    }
}
