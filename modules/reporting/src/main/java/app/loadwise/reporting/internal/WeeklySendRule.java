package app.loadwise.reporting.internal;

import app.loadwise.domain.common.IsoWeek;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a club's weekly report is due: the week just ended, from the configured weekday and time (default Monday
 * 06:00) in the club's time zone until the end of that week. The job sends it only once recovery has the week's
 * scoring as final. A missed slot is caught up later in the same week, never in the week after.
 */
public final class WeeklySendRule {

    private final DayOfWeek day;
    private final LocalTime time;

    public WeeklySendRule(DayOfWeek day, LocalTime time) {
        this.day = day;
        this.time = time;
    }

    /** The week whose report is due at the club's local time {@code now}, if any. */
    public Optional<IsoWeek> dueWeek(LocalDateTime now) {
        LocalDateTime monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
        LocalDateTime slot = monday.toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(time);
        return now.isBefore(slot) ? Optional.empty() : Optional.of(IsoWeek.of(monday.toLocalDate()).previous());
    }
}
