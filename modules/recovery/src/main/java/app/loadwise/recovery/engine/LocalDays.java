package app.loadwise.recovery.engine;

import app.loadwise.domain.common.IsoWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Buckets instants into local days. Use the athlete's (or club's) {@link ZoneId}, never a fixed offset:
 * the offset changes with daylight saving, and a late-evening run must land on its local date and week.
 */
public final class LocalDays {

    private LocalDays() {
    }

    /** The local date of an instant in a time zone, applying that zone's daylight-saving rules. */
    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The ISO week of an instant's local date in a time zone. */
    public static IsoWeek weekOf(Instant instant, ZoneId zone) {
        return IsoWeek.of(dayOf(instant, zone));
    }
}
