package app.loadwise.domain.plan;

import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Planned against done, day by day: each planned session done as planned, changed or missed (pending while its
 * day has not passed), and the sessions logged without a plan. Plain Java over the stored rows; docs/scoring.md
 * ("Planned against done") gives the margins.
 *
 * <p>On each day, a planned session is first paired with a logged session of the same type (the one closest in
 * minutes), then with any other logged session left (a changed type). A planned session of the same type is
 * <em>changed</em> when its minutes differ by more than {@link #MINUTES_MARGIN} of the plan (at least
 * {@link #MIN_MINUTES_MARGIN} minutes) or its RPE by more than {@link #RPE_MARGIN} point; a value not recorded on
 * either side is not judged. A planned rest day is kept when nothing but rest was logged on it. Excluded sessions
 * do not count.
 */
public final class PlanComparison {

    /** Minutes may differ from the plan by this share of it... */
    public static final double MINUTES_MARGIN = 0.20;
    /** ...or by this many minutes, whichever is more. */
    public static final double MIN_MINUTES_MARGIN = 10;
    /** RPE may differ from the intended RPE by this much. */
    public static final int RPE_MARGIN = 1;

    /** What became of a planned session, or a logged session without one. */
    public enum Outcome {
        AS_PLANNED, CHANGED, MISSED, PENDING, UNPLANNED;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One line of the comparison: the planned session (null for an unplanned one), the logged session it was
     * paired with (null when missed or pending, and for a rest day kept without a logged rest), and what changed
     * in words ("type easy -> tempo", "minutes 60 -> 40", "RPE 3 -> 6").
     */
    public record Item(LocalDate date, Outcome outcome, PlannedSession planned, SessionRow done, List<String> changes) {
        public Item {
            changes = List.copyOf(changes);
        }
    }

    /** The items by date (planned first, then unplanned, on each day) and the count of each outcome. */
    public record Result(List<Item> items, Map<Outcome, Integer> counts) {
        public Result {
            items = List.copyOf(items);
            counts = Map.copyOf(counts);
        }

        public int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }

    private PlanComparison() {
    }

    /**
     * Compares the planned sessions with the logged ones (any dates; each day on its own). Days before
     * {@code today} have passed: a planned session without a logged one there is missed, on {@code today} or
     * later pending.
     */
    public static Result compare(List<PlannedSession> planned, List<SessionRow> logged, LocalDate today) {
        Map<LocalDate, List<PlannedSession>> plannedByDay = new TreeMap<>();
        planned.forEach(p -> plannedByDay.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p));
        Map<LocalDate, List<SessionRow>> loggedByDay = new TreeMap<>();
        logged.stream().filter(s -> !s.excluded())
                .sorted(Comparator.comparing(SessionRow::date)
                        .thenComparing(SessionRow::startTime, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SessionRow::id))
                .forEach(s -> loggedByDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
        TreeMap<LocalDate, Boolean> days = new TreeMap<>();
        plannedByDay.keySet().forEach(d -> days.put(d, true));
        loggedByDay.keySet().forEach(d -> days.put(d, true));
        List<Item> items = new ArrayList<>();
        for (LocalDate day : days.keySet()) {
            compareDay(day, plannedByDay.getOrDefault(day, List.of()), new ArrayList<>(loggedByDay.getOrDefault(day, List.of())),
                    day.isBefore(today), items);
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        items.forEach(i -> counts.merge(i.outcome(), 1, Integer::sum));
        return new Result(items, counts);
    }

    private static void compareDay(LocalDate day, List<PlannedSession> planned, List<SessionRow> left, boolean passed,
                                   List<Item> items) {
        SessionRow[] pairs = new SessionRow[planned.size()];
        // Same type first, the closest in minutes.
        for (int i = 0; i < planned.size(); i++) {
            PlannedSession p = planned.get(i);
            SessionRow best = null;
            for (SessionRow s : left) {
                if (s.type() == p.type() && (best == null || distance(p, s) < distance(p, best))) {
                    best = s;
                }
            }
            if (best != null) {
                pairs[i] = best;
                left.remove(best);
            }
        }
        // Then any other session but a logged rest, in the order of the day.
        for (int i = 0; i < planned.size(); i++) {
            if (pairs[i] == null) {
                SessionRow other = left.stream().filter(s -> s.type() != SessionType.REST).findFirst().orElse(null);
                if (other != null) {
                    pairs[i] = other;
                    left.remove(other);
                }
            }
        }
        for (int i = 0; i < planned.size(); i++) {
            PlannedSession p = planned.get(i);
            SessionRow s = pairs[i];
            if (s != null) {
                List<String> changes = changes(p, s);
                items.add(new Item(day, changes.isEmpty() ? Outcome.AS_PLANNED : Outcome.CHANGED, p, s, changes));
            } else if (p.type() == SessionType.REST) {
                // Nothing but rest on a planned rest day: kept (a logged rest was paired above already).
                items.add(new Item(day, passed ? Outcome.AS_PLANNED : Outcome.PENDING, p, null, List.of()));
            } else {
                items.add(new Item(day, passed ? Outcome.MISSED : Outcome.PENDING, p, null, List.of()));
            }
        }
        for (SessionRow s : left) {
            if (s.type() != SessionType.REST) {
                items.add(new Item(day, Outcome.UNPLANNED, null, s, List.of()));
            }
        }
    }

    /** What differs beyond the margins, in words; empty when done as planned. */
    static List<String> changes(PlannedSession p, SessionRow s) {
        List<String> changes = new ArrayList<>(3);
        PlannedSessionDetails plan = p.details();
        if (s.type() != p.type()) {
            changes.add("type " + name(p.type()) + " -> " + name(s.type()));
            return changes;
        }
        if (p.type() == SessionType.REST) {
            return changes;
        }
        if (plan.minutes() != null && s.movingMinutes() != null) {
            double margin = Math.max(MIN_MINUTES_MARGIN, MINUTES_MARGIN * plan.minutes());
            if (Math.abs(s.movingMinutes() - plan.minutes()) > margin) {
                changes.add("minutes " + Math.round(plan.minutes()) + " -> " + Math.round(s.movingMinutes()));
            }
        }
        if (plan.intendedRpe() != null && s.rpe() != null && Math.abs(s.rpe() - plan.intendedRpe()) > RPE_MARGIN) {
            changes.add("RPE " + plan.intendedRpe() + " -> " + s.rpe());
        }
        return changes;
    }

    private static double distance(PlannedSession p, SessionRow s) {
        Double minutes = p.details().minutes();
        return minutes == null || s.movingMinutes() == null ? Double.MAX_VALUE / 2 : Math.abs(minutes - s.movingMinutes());
    }

    /** "race pace". */
    public static String name(SessionType type) {
        return type.code().replace('_', ' ');
    }
}
