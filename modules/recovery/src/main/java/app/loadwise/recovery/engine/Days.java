package app.loadwise.recovery.engine;

import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Lays an athlete's records out as days for one assessed week and decides what each day's training was
 * ({@link DayStatus}): a day with a record by its sessions; a short gap while the athlete logs is rest; anything
 * else unknown. Records after the as-of date are not read, and neither are records more than a week after the
 * Sunday; those up to that point decide whether a gap at the end of the week is rest.
 */
final class Days {

    private Days() {
    }

    /** The days from {@link Week#HISTORY_DAYS} days before the Monday through the last elapsed day of the week. */
    static List<Day> of(AssessmentInput input, LevelRules rules) {
        LocalDate start = input.week().monday().minusDays(Week.HISTORY_DAYS);
        LocalDate sunday = input.week().sunday();
        LocalDate known = min(input.asOf(), sunday.plusDays(7));
        LocalDate last = min(input.asOf(), sunday);
        int knownDays = (int) (known.toEpochDay() - start.toEpochDay()) + 1;

        List<List<LoggedSession>> sessions = new ArrayList<>(Collections.nCopies(knownDays, List.of()));
        int year = input.week().year();
        long first = start.toEpochDay();
        for (TrainingSession s : input.sessions()) {
            long at = s.date().toEpochDay() - first;
            if (at >= 0 && at < knownDays && !s.excluded()) {
                LoggedSession logged = LoggedSession.of(s, input.athlete(), year, rules.hardSessions());
                sessions.set((int) at, plus(sessions.get((int) at), logged));
            }
        }
        WellnessEntry[] wellness = new WellnessEntry[knownDays];
        for (WellnessEntry w : input.wellness()) {
            long at = w.date().toEpochDay() - first;
            if (at >= 0 && at < knownDays) {
                wellness[(int) at] = w;
            }
        }
        DayStatus[] status = statuses(sessions, wellness, input.settings().maxImplicitRestDays());

        int lastDay = (int) (last.toEpochDay() - start.toEpochDay());
        List<Day> days = new ArrayList<>(lastDay + 1);
        for (int i = 0; i <= lastDay; i++) {
            days.add(new Day(dateOf(i, start, sessions.get(i), wellness[i]), status[i], sessions.get(i), wellness[i]));
        }
        return days;
    }

    /**
     * Recorded days by their sessions; a gap between records, or after the last one, of at most
     * {@code maxImplicitRest} days is rest; longer gaps and the days before the first record are unknown.
     */
    private static DayStatus[] statuses(List<List<LoggedSession>> sessions, WellnessEntry[] wellness,
                                        int maxImplicitRest) {
        int n = wellness.length;
        DayStatus[] status = new DayStatus[n];
        Arrays.fill(status, DayStatus.UNKNOWN);
        int gapStart = -1;
        boolean anyRecord = false;
        for (int day = 0; day < n; day++) {
            List<LoggedSession> daySessions = sessions.get(day);
            if (!daySessions.isEmpty() || wellness[day] != null) {
                if (gapStart >= 0) {
                    mark(status, gapStart, day - 1, day - gapStart <= maxImplicitRest);
                }
                anyRecord = true;
                gapStart = -1;
                status[day] = recorded(daySessions);
            } else if (anyRecord && gapStart < 0) {
                gapStart = day;
            }
        }
        if (gapStart >= 0) {
            mark(status, gapStart, n - 1, n - gapStart <= maxImplicitRest);
        }
        return status;
    }

    /** A day with a record: trained when it has a session other than rest, rest otherwise; unknown load wins. */
    private static DayStatus recorded(List<LoggedSession> sessions) {
        boolean unknownLoad = false;
        boolean training = false;
        for (LoggedSession s : sessions) {
            unknownLoad |= !s.loadKnown();
            training |= s.type() != SessionType.REST;
        }
        return unknownLoad ? DayStatus.LOAD_UNKNOWN : training ? DayStatus.TRAINED : DayStatus.REST;
    }

    private static void mark(DayStatus[] status, int from, int to, boolean rest) {
        Arrays.fill(status, from, to + 1, rest ? DayStatus.IMPLIED_REST : DayStatus.UNKNOWN);
    }

    /** The day's sessions with one more, as an unmodifiable list (most days have one session, some two). */
    private static List<LoggedSession> plus(List<LoggedSession> day, LoggedSession session) {
        if (day.isEmpty()) {
            return List.of(session);
        }
        List<LoggedSession> more = new ArrayList<>(day.size() + 1);
        more.addAll(day);
        more.add(session);
        return List.copyOf(more);
    }

    /** The day's date: its records' own, or worked out from the start for a day without any. */
    private static LocalDate dateOf(int index, LocalDate start, List<LoggedSession> sessions, WellnessEntry wellness) {
        if (wellness != null) {
            return wellness.date();
        }
        return sessions.isEmpty() ? start.plusDays(index) : sessions.get(0).session().date();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
