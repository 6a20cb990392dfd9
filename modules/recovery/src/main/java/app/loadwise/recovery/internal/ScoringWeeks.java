package app.loadwise.recovery.internal;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which weeks a run scores for a club on a given local day, and how far back it must read. */
public final class ScoringWeeks {

    /** Days of history the engine needs before a week's Monday. */
    public static final int HISTORY_DAYS = 63;

    /**
     * A week to score and the last day whose records are known: today, or a week after the week's Sunday when today
     * is later (the engine reads no further). Records after the Sunday only decide whether unlogged days at the end
     * of the week were rest; without them those days are unknown, not rest. The current week is provisional: even
     * on its Sunday, the day is not over.
     */
    public record Target(IsoWeek week, LocalDate asOf, boolean provisional) {
    }

    /** Days after a week's Sunday whose records the engine still reads for it. */
    static final int DAYS_AFTER_SUNDAY = 7;

    private ScoringWeeks() {
    }

    /**
     * With no week asked for: the week just ended, and the current week so far (provisional). With a week:
     * that week alone, provisional if it is the current one. Every week is assessed as of {@code today} (at most a
     * week after its Sunday), never as of its own Sunday.
     */
    public static List<Target> targets(IsoWeek requested, LocalDate today) {
        IsoWeek current = IsoWeek.of(today);
        if (requested == null) {
            return List.of(past(current.previous(), today), new Target(current, today, true));
        }
        InvalidValueException.require(requested.compareTo(current) <= 0, "week",
                "week " + requested + " has not started yet (today is " + today + " in " + current + ")");
        return List.of(requested.equals(current) ? new Target(requested, today, true) : past(requested, today));
    }

    private static Target past(IsoWeek week, LocalDate today) {
        LocalDate lastRead = week.sunday().plusDays(DAYS_AFTER_SUNDAY);
        return new Target(week, today.isBefore(lastRead) ? today : lastRead, false);
    }

    /**
     * Every week from {@code first} to {@code last} as {@link #targets} would score it alone: a past week as of
     * {@code today} (at most a week after its Sunday), the current week as of today and provisional. A club's or an
     * athlete's past weeks assessed at once thus get the scores the nightly run gives them.
     */
    public static List<Target> range(IsoWeek first, IsoWeek last, LocalDate today) {
        IsoWeek current = IsoWeek.of(today);
        List<Target> targets = new ArrayList<>();
        for (IsoWeek week = first; week.compareTo(last) <= 0 && week.compareTo(current) <= 0; week = week.next()) {
            targets.add(week.equals(current) ? new Target(week, today, true) : past(week, today));
        }
        return targets;
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
