package app.loadwise.traininglog.plan;

import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * An athlete's plan for one ISO week: the planned sessions by date, and the planned load of the week (the sum of
 * the sessions' minutes x intended RPE; sessions without both are left out and counted in {@code withoutLoad}).
 */
public record PlanWeekView(long athleteId, String week, LocalDate monday, LocalDate sunday, List<PlannedSessionView> sessions,
                           double plannedLoad, int withoutLoad) {

    public PlanWeekView {
        sessions = List.copyOf(sessions);
    }

    static PlanWeekView of(long athleteId, IsoWeek week, List<PlannedSessionView> sessions) {
        double load = 0;
        int without = 0;
        for (PlannedSessionView s : sessions) {
            if (s.plannedLoad() != null) {
                load += s.plannedLoad();
            } else if (!"rest".equals(s.type())) {
                without++;
            }
        }
        return new PlanWeekView(athleteId, week.toString(), week.monday(), week.sunday(), sessions, load, without);
    }
}
