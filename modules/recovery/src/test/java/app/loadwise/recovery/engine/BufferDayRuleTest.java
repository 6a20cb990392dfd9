package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.Scenario.day;
import static app.loadwise.recovery.engine.Scenario.session;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.training.SessionType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BufferDayRuleTest {

    @ParameterizedTest(name = "{0} on the day after intervals: {1} finding(s)")
    @CsvSource({
        "EASY, 0", "RECOVERY, 0", "REST, 0", "CROSS_TRAINING, 0", "STRENGTH, 0",
        "STRIDES, 1", "LONG, 1",
        "TEMPO, 2", "INTERVALS, 2", "RACE, 2"   // hard Wednesday is also followed by Thursday's tempo
    })
    void judgesTheDayAfterAHardSession(SessionType wednesday, int findings) {
        Scenario s = Scenario.balanced().replaceDay(WEDNESDAY, session("wed", day(WEDNESDAY), wednesday, 40, 3.0));
        assertThat(s.findings(RuleId.BUFFER_DAY)).hasSize(findings);
    }

    @Test
    void flagsBackToBackHardDays() {
        Scenario s = Scenario.balanced().replaceDay(WEDNESDAY, session("wed", day(WEDNESDAY), SessionType.INTERVALS, 40, 8.0));
        Finding f = s.findings(RuleId.BUFFER_DAY).get(0);
        assertThat(f.severity()).isEqualTo(Severity.AMBER);
        assertThat(f.message()).isEqualTo("Back-to-back hard days: intervals (50 min) on Tue 17 Mar, then intervals "
                + "(40 min) on Wed 18 Mar.");
        assertThat(f.evidence().dates()).containsExactly(day(TUESDAY), day(WEDNESDAY));
        assertThat(f.evidence().sessionIds()).containsExactly("2026-03-16-tue-intervals", "wed");
        assertThat(f.evidenceStrength()).isEqualTo(EvidenceStrength.EXPERT_OPINION);
    }

    @ParameterizedTest(name = "a {0}-minute long run on Wednesday: {1} finding(s)")
    @CsvSource({"89, 1", "90, 2"})
    void treatsALongRunAsHardFromTheLevelsDuration(double minutes, int findings) {
        // Tuesday intervals -> Wednesday long is never a buffer; from 90 min the long run is hard before Thursday's tempo.
        Scenario s = Scenario.balanced().replaceDay(WEDNESDAY, session("wed", day(WEDNESDAY), SessionType.LONG, minutes, 3.0));
        assertThat(s.findings(RuleId.BUFFER_DAY)).hasSize(findings);
    }

    @ParameterizedTest(name = "hard Sunday before the week, Monday {0}: fires {1}")
    @CsvSource({"STRIDES, true", "EASY, false"})
    void judgesTheSundayBeforeTheWeekWithItsMonday(SessionType monday, boolean fires) {
        Scenario s = Scenario.balanced()
                .changeSessions(x -> x.date().equals(Scenario.MONDAY.minusDays(1)), x -> Scenario.retype(x, SessionType.RACE))
                .replaceDay(MONDAY, session("mon", day(MONDAY), monday, 30, 3.0));
        List<Finding> found = s.findings(RuleId.BUFFER_DAY);
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(found.get(0).evidence().dates()).containsExactly(Scenario.MONDAY.minusDays(1), Scenario.MONDAY);
        }
    }

    @Test
    void doesNotJudgeAnUnloggedDayAfterAHardSession() {
        Scenario s = Scenario.balanced().clearDate(day(WEDNESDAY)).removeWellness(w -> w.date().equals(day(WEDNESDAY)));
        assertThat(s.assess().figures().days().get(2).status()).isEqualTo(DayStatus.IMPLIED_REST);
        assertThat(s.findings(RuleId.BUFFER_DAY)).isEmpty();
    }
}
