package app.loadwise.checkin.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The days of the check-in, each a date in the athlete's time zone (their own, or else their club's). */
public final class CheckInDays {

    /** How many days of their own check-ins the page shows an athlete, today included. */
    public static final int SHOWN_DAYS = 7;

    private CheckInDays() {
    }

    /** The athlete's date at that instant. */
    public static LocalDate today(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }

    /** The days the page shows, oldest first, ending today. */
    public static List<LocalDate> shownDays(LocalDate today) {
        List<LocalDate> days = new ArrayList<>(SHOWN_DAYS);
        for (int i = SHOWN_DAYS - 1; i >= 0; i--) {
            days.add(today.minusDays(i));
        }
        return days;
    }

    /**
     * True when the athlete's reminder of their current day is due: the local time has reached the reminder time and
     * is less than {@code window} past it (an instance that was down all morning sends no reminder in the evening). A
     * reminder time a clock change skips is due as much later as the gap is long (02:30 becomes 03:30).
     */
    public static boolean reminderDue(Instant now, ZoneId zone, LocalTime at, Duration window) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime due = ZonedDateTime.of(local.toLocalDate(), at, zone);
        return !local.isBefore(due) && local.isBefore(due.plus(window));
    }

    /** The start of the athlete's next day, when a day's reminder token stops working. */
    public static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
