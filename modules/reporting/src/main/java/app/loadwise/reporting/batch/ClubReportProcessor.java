package app.loadwise.reporting.batch;

import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.recovery.ClubWeekScoring;
import app.loadwise.recovery.ScoringState;
import app.loadwise.reporting.internal.WeeklyReportParameters;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;

/**
 * Keeps a club when its week's report is due at the run's instant in the club's time zone and recovery has
 * recorded that week's scoring as final; filters it out otherwise.
 */
@Named("clubReportProcessor")
@Dependent
public class ClubReportProcessor implements ItemProcessor {

    @Inject
    ClubRepository clubs;

    @Inject
    ClubWeekScoring scoring;

    @Inject
    JobContext job;

    private WeeklyReportParameters parameters;

    @Override
    public Object processItem(Object item) {
        long clubId = (Long) item;
        Club club = clubs.find(clubId).orElse(null);
        if (club == null) {
            return null;
        }
        if (parameters == null) {
            parameters = WeeklyReportParameters.of(job.getProperties());
        }
        LocalDateTime now = LocalDateTime.ofInstant(parameters.at(), club.timeZone());
        return parameters.sendRule().dueWeek(now)
                .filter(week -> scoring.stateOf(clubId, week) == ScoringState.FINAL)
                .map(week -> new ClubWeek(clubId, week.toString()))
                .orElse(null);
    }
}
