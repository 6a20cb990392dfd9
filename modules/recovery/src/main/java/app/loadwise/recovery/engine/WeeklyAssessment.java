package app.loadwise.recovery.engine;

import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The result for one athlete-week: the loads of the week's sessions, the week's figures, the findings and
 * the balance score. {@code score} is null when nothing at all was recorded in the week up to the as-of
 * date, because missing data is not rest.
 */
public record WeeklyAssessment(
        String athleteId,
        IsoWeek week,
        LocalDate asOf,
        List<SessionLoad> sessionLoads,
        WeekFigures figures,
        List<Finding> findings,
        BalanceScore score) {

    public WeeklyAssessment {
        sessionLoads = List.copyOf(sessionLoads);
        findings = List.copyOf(findings);
    }

    public boolean hasScore() {
        return score != null;
    }
}
