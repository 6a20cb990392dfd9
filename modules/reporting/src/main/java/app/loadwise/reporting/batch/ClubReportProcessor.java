package app.loadwise.reporting.batch;

import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.reporting.internal.WeeklySendRule;
import app.loadwise.reporting.internal.store.ReportScheduleRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * Keeps a club when its week's report is due at the run's instant in the club's time zone and that week's
 * scoring is final; filters it out otherwise.
 */
@Named("clubReportProcessor")
@Dependent
public class ClubReportProcessor implements ItemProcessor {

    @Inject
    ClubRepository clubs;

    @Inject
    ReportScheduleRepository schedule;

    @Inject
    @BatchProperty
    String at;

    @Inject
    @BatchProperty
    String day;

    @Inject
    @BatchProperty
    String time;

    @Override
    public Object processItem(Object item) {
        long clubId = (Long) item;
        Club club = clubs.find(clubId).orElse(null);
        if (club == null) {
            return null;
        }
        WeeklySendRule rule = new WeeklySendRule(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)), LocalTime.parse(time.strip()));
        LocalDateTime now = LocalDateTime.ofInstant(Instant.parse(at), club.timeZone());
        return rule.dueWeek(now)
                .filter(week -> {
                    ReportScheduleRepository.WeekState state = schedule.weekState(clubId, RecoveryEngine.FORMULA_VERSION, week);
                    return WeeklySendRule.scoringFinal(state.scored(), state.provisional());
                })
                .map(week -> new ClubWeek(clubId, week.toString()))
                .orElse(null);
    }
}
