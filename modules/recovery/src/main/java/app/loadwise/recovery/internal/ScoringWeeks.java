package app.loadwise.recovery.internal;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.List;

/** Which weeks a run scores for a club on a given local day, and how far back it must read. */
public final class ScoringWeeks {

    /** Days of history the engine needs before a week's Monday. */
    public static final int HISTORY_DAYS = 63;

    /**
     * A week to score and the last day whose records count. The current week is provisional: even on its
     * Sunday, the day is not over.
     */
    public record Target(IsoWeek week, LocalDate asOf, boolean provisional) {
    }

    private ScoringWeeks() {
    }

    /**
     * With no week asked for: the week just ended, and the current week so far (provisional). With a week:
     * that week alone, provisional if it is the current one.
     */
    public static List<Target> targets(IsoWeek requested, LocalDate today) {
        IsoWeek current = IsoWeek.of(today);
        if (requested == null) {
            return List.of(new Target(current.previous(), current.previous().sunday(), false), new Target(current, today, true));
        }
        InvalidValueException.require(requested.compareTo(current) <= 0, "week",
                "week " + requested + " has not started yet (today is " + today + " in " + current + ")");
        boolean open = requested.equals(current);
        return List.of(new Target(requested, open ? today : requested.sunday(), open));
    }

    /** The first day of records the targets need. */
    public static LocalDate readFrom(List<Target> targets) {
        return targets.stream().map(t -> t.week().monday()).min(LocalDate::compareTo).orElseThrow().minusDays(HISTORY_DAYS);
    }

    /** The last day of records the targets need. */
    public static LocalDate readTo(List<Target> targets) {
        return targets.stream().map(Target::asOf).max(LocalDate::compareTo).orElseThrow();
    }
}
