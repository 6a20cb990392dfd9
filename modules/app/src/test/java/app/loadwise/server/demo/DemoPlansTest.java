package app.loadwise.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlanComparison;
import app.loadwise.domain.plan.PlannedSession;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoPlansTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 12, 6);
    private static final List<DemoClub.DemoAthlete> CLUB = DemoClub.generate(YESTERDAY);

    @Test
    void plansTheLastWeeksMostlyAsDoneAndNextWeekAheadInDateOrder() {
        DemoClub.DemoAthlete balanced = CLUB.stream().filter(a -> a.pattern() == DemoClub.Pattern.BALANCED).findFirst().orElseThrow();
        List<PlannedSessionDetails> plan = DemoPlans.of(balanced, YESTERDAY);
        IsoWeek lastWeek = IsoWeek.of(YESTERDAY).previous();
        IsoWeek next = IsoWeek.of(YESTERDAY.plusDays(1)).next();

        assertThat(plan).extracting(PlannedSessionDetails::date).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(plan).anyMatch(p -> lastWeek.contains(p.date())).anyMatch(p -> next.contains(p.date()));
        assertThat(plan.stream().collect(Collectors.groupingBy(PlannedSessionDetails::date, Collectors.counting())).values())
                .allMatch(n -> n <= 3);

        List<PlannedSession> planned = plan.stream().filter(p -> lastWeek.contains(p.date()))
                .map(p -> new PlannedSession(1, p, PlannedSession.Source.API)).toList();
        List<SessionRow> done = new ArrayList<>();
        long id = 1;
        for (SessionDetails s : balanced.sessions()) {
            if (lastWeek.contains(s.date())) {
                done.add(new SessionRow(id++, 1, s.date(), s.startTime(), s.type(), s.movingMinutes(), null, null, s.rpe(), null,
                        null, null, null, null, null, false, null, null, null, false, null));
            }
        }
        PlanComparison.Result result = PlanComparison.compare(planned, done, YESTERDAY.plusDays(1));
        assertThat(result.count(PlanComparison.Outcome.AS_PLANNED)).isPositive();
        assertThat(result.count(PlanComparison.Outcome.CHANGED)).isPositive();
    }

    @Test
    void theBackToBackAthletesNextWeekHasIntervalsThenHillsAndSporadicLoggersHaveNoPlan() {
        Map<DemoClub.Pattern, DemoClub.DemoAthlete> first = CLUB.stream()
                .collect(Collectors.toMap(DemoClub.DemoAthlete::pattern, Function.identity(), (a, b) -> a));
        IsoWeek next = IsoWeek.of(YESTERDAY.plusDays(1)).next();
        List<PlannedSessionDetails> ahead = DemoPlans.of(first.get(DemoClub.Pattern.BACK_TO_BACK), YESTERDAY).stream()
                .filter(p -> next.contains(p.date())).toList();
        assertThat(ahead).extracting(PlannedSessionDetails::type).containsSubsequence(SessionType.INTERVALS, SessionType.HILLS);
        assertThat(ahead.get(1).date()).isEqualTo(next.monday().plusDays(1));
        assertThat(DemoPlans.of(first.get(DemoClub.Pattern.SPORADIC_LOGGER), YESTERDAY)).isEmpty();
        assertThat(DemoPlans.of(first.get(DemoClub.Pattern.STOPPED_LOGGING), YESTERDAY)).isEmpty();
    }
}
