package app.loadwise.server.demo;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo coach's plans: the last complete week and the current one planned as they were mostly done (so planned
 * against done shows sessions done as planned, changed and missed), and next week planned ahead (so the plan check has
 * something to say: the back-to-back athletes get Tuesday intervals and Wednesday hills). Athletes who log sporadically
 * or stopped logging have no plan.
 */
final class DemoPlans {

    private DemoPlans() {
    }

    /** The planned sessions of one demo athlete, for the weeks around {@code yesterday}. */
    static List<PlannedSessionDetails> of(DemoClub.DemoAthlete demo, LocalDate yesterday) {
        if (demo.pattern() == DemoClub.Pattern.SPORADIC_LOGGER || demo.pattern() == DemoClub.Pattern.STOPPED_LOGGING) {
            return List.of();
        }
        IsoWeek current = IsoWeek.of(yesterday);
        List<PlannedSessionDetails> plan = new ArrayList<>();
        plan.addAll(asDone(demo, current.previous()));
        plan.addAll(asDone(demo, current));
        plan.addAll(ahead(demo.pattern(), IsoWeek.of(yesterday.plusDays(1)).next()));
        plan.sort(Comparator.comparing(PlannedSessionDetails::date));
        return plan;
    }

    /**
     * The week's sessions as planned: the same type, minutes and RPE, but every third session was planned 25 minutes
     * longer than it was run (changed), and a strength session on the week's first day without training was not done.
     */
    private static List<PlannedSessionDetails> asDone(DemoClub.DemoAthlete demo, IsoWeek week) {
        List<SessionDetails> done = demo.sessions().stream().filter(s -> week.contains(s.date()) && s.type() != SessionType.REST)
                .toList();
        List<PlannedSessionDetails> plan = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int i = 0; i < done.size(); i++) {
            SessionDetails s = done.get(i);
            if (perDay.merge(s.date(), 1, Integer::sum) > 3) {
                continue;
            }
            double minutes = Math.round((s.movingMinutes() == null ? 40 : s.movingMinutes()) / 5) * 5.0 + (i % 3 == 2 ? 25 : 0);
            plan.add(new PlannedSessionDetails(s.date(), s.type(), Math.min(minutes, 1440), s.rpe(), null, null));
        }
        Set<LocalDate> trained = done.stream().map(SessionDetails::date).collect(Collectors.toSet());
        for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            if (!trained.contains(day)) {
                plan.add(new PlannedSessionDetails(day, SessionType.STRENGTH, 30.0, 5, null, "core and hips"));
                break;
            }
        }
        return plan;
    }

    /** Next week: a sound week, or for the back-to-back athletes the week the coach still has to fix. */
    private static List<PlannedSessionDetails> ahead(DemoClub.Pattern pattern, IsoWeek week) {
        LocalDate mon = week.monday();
        if (pattern == DemoClub.Pattern.BACK_TO_BACK) {
            return List.of(
                    planned(mon, SessionType.EASY, 40, 3, null),
                    planned(mon.plusDays(1), SessionType.INTERVALS, 50, 8, "6 x 800 m"),
                    planned(mon.plusDays(2), SessionType.HILLS, 45, 8, "10 x 60 s uphill"),
                    planned(mon.plusDays(4), SessionType.EASY, 40, 3, null),
                    planned(mon.plusDays(6), SessionType.LONG, 100, 4, null));
        }
        return List.of(
                planned(mon.plusDays(1), SessionType.INTERVALS, 50, 7, "5 x 1 km"),
                planned(mon.plusDays(2), SessionType.EASY, 45, 3, null),
                planned(mon.plusDays(2), SessionType.STRENGTH, 30, 5, null),
                planned(mon.plusDays(3), SessionType.TEMPO, 45, 6, null),
                planned(mon.plusDays(4), SessionType.EASY, 40, 3, null),
                planned(mon.plusDays(5), SessionType.STRENGTH, 30, 5, null),
                planned(mon.plusDays(6), SessionType.LONG, 90, 4, null));
    }

    private static PlannedSessionDetails planned(LocalDate date, SessionType type, double minutes, int rpe, String note) {
        return new PlannedSessionDetails(date, type, minutes, rpe, null, note);
    }
}
