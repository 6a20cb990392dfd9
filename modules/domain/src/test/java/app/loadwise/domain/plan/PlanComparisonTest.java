package app.loadwise.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.plan.PlanComparison.Item;
import app.loadwise.domain.plan.PlanComparison.Outcome;
import app.loadwise.domain.plan.PlanComparison.Result;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanComparisonTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 30);
    private static final LocalDate AFTER_THE_WEEK = MON.plusDays(7);

    private static long nextId = 1;

    private static PlannedSession planned(LocalDate date, SessionType type, Double minutes, Integer rpe) {
        return new PlannedSession(1, new PlannedSessionDetails(date, type, minutes, rpe, null, null), PlannedSession.Source.API);
    }

    private static SessionRow done(LocalDate date, SessionType type, Double minutes, Integer rpe) {
        return new SessionRow(nextId++, 1, date, LocalTime.of(7, 0), type, minutes, null, null, rpe, null, null, null, null,
                null, null, false, null, null, null, false, null);
    }

    @ParameterizedTest(name = "planned 60 min RPE 5, done {0} min RPE {1}: {2}")
    @CsvSource({
        "60, 5, as-planned, ''",
        "70, 6, as-planned, ''",          // 10 min and 1 point are within the margins
        "48, 5, as-planned, ''",          // 12 min = 20% of 60
        "47, 5, changed, minutes 60 -> 47",
        "75, 5, changed, minutes 60 -> 75",
        "60, 7, changed, RPE 5 -> 7",
        "30, 8, changed, minutes 60 -> 30; RPE 5 -> 8",
        ", , as-planned, ''",             // nothing recorded to judge by
    })
    void judgesTheSameTypeByMinutesAndRpeWithinTheMargins(Double minutes, Integer rpe, String outcome, String changes) {
        Result result = PlanComparison.compare(List.of(planned(MON, SessionType.EASY, 60.0, 5)),
                List.of(done(MON, SessionType.EASY, minutes, rpe)), AFTER_THE_WEEK);

        Item item = result.items().get(0);
        assertThat(item.outcome().code()).isEqualTo(outcome);
        assertThat(String.join("; ", item.changes())).isEqualTo(changes);
    }

    @Test
    void aShortPlannedSessionStillHasTenMinutesOfMargin() {
        Result result = PlanComparison.compare(List.of(planned(MON, SessionType.STRENGTH, 20.0, 5)),
                List.of(done(MON, SessionType.STRENGTH, 30.0, 5)), AFTER_THE_WEEK);
        assertThat(result.items().get(0).outcome()).isEqualTo(Outcome.AS_PLANNED);
    }

    @Test
    void classifiesAWeekDoneAsPlannedChangedMissedAndUnplanned() {
        List<PlannedSession> plan = List.of(
                planned(MON, SessionType.EASY, 40.0, 3),
                planned(MON.plusDays(1), SessionType.INTERVALS, 50.0, 8),
                planned(MON.plusDays(2), SessionType.REST, null, null),
                planned(MON.plusDays(3), SessionType.TEMPO, 45.0, 6),
                planned(MON.plusDays(5), SessionType.EASY, 40.0, 3),
                planned(MON.plusDays(6), SessionType.LONG, 100.0, 4));
        SessionRow excluded = new SessionRow(99, 1, MON.plusDays(5), null, SessionType.EASY, 40.0, null, null, 3, null, null,
                null, null, null, null, false, null, null, null, true, null);
        List<SessionRow> log = List.of(
                done(MON, SessionType.EASY, 42.0, 3),
                done(MON.plusDays(1), SessionType.HILLS, 45.0, 8),
                done(MON.plusDays(3), SessionType.TEMPO, 45.0, 6),
                done(MON.plusDays(4), SessionType.EASY, 30.0, 3),
                excluded,
                done(MON.plusDays(6), SessionType.LONG, 70.0, 5));

        Result result = PlanComparison.compare(plan, log, AFTER_THE_WEEK);

        assertThat(result.items()).extracting(i -> i.date().getDayOfWeek().toString().substring(0, 3) + " " + i.outcome().code()
                        + (i.changes().isEmpty() ? "" : " " + i.changes()))
                .containsExactly("MON as-planned", "TUE changed [type intervals -> hills]", "WED as-planned",
                        "THU as-planned", "FRI unplanned", "SAT missed", "SUN changed [minutes 100 -> 70]");
        assertThat(result.count(Outcome.AS_PLANNED)).isEqualTo(3);
        assertThat(result.count(Outcome.CHANGED)).isEqualTo(2);
        assertThat(result.count(Outcome.MISSED)).isEqualTo(1);
        assertThat(result.count(Outcome.UNPLANNED)).isEqualTo(1);
    }

    @Test
    void pairsTheSameTypeFirstOnADayWithTwoSessions() {
        SessionRow strength = done(MON, SessionType.STRENGTH, 30.0, 5);
        SessionRow easy = done(MON, SessionType.EASY, 40.0, 3);
        Result result = PlanComparison.compare(List.of(planned(MON, SessionType.EASY, 40.0, 3),
                planned(MON, SessionType.STRENGTH, 30.0, 5)), List.of(strength, easy), AFTER_THE_WEEK);

        assertThat(result.items()).extracting(Item::outcome).containsExactly(Outcome.AS_PLANNED, Outcome.AS_PLANNED);
        assertThat(result.items()).extracting(Item::done).containsExactly(easy, strength);
    }

    @Test
    void trainingOnAPlannedRestDayChangesItAndDaysNotPassedArePending() {
        LocalDate today = MON.plusDays(3);
        Result result = PlanComparison.compare(List.of(
                        planned(MON, SessionType.REST, null, null),
                        planned(MON.plusDays(2), SessionType.EASY, 40.0, 3),
                        planned(today, SessionType.TEMPO, 45.0, 6),
                        planned(MON.plusDays(5), SessionType.REST, null, null)),
                List.of(done(MON, SessionType.TEMPO, 40.0, 6)), today);

        assertThat(result.items()).extracting(i -> i.outcome().code() + " " + i.changes())
                .containsExactly("changed [type rest -> tempo]", "missed []", "pending []", "pending []");
    }

    @Test
    void aLoggedRestIsNeverAnUnplannedSession() {
        Result result = PlanComparison.compare(List.of(), List.of(done(MON, SessionType.REST, null, null)), AFTER_THE_WEEK);
        assertThat(result.items()).isEmpty();
    }
}
