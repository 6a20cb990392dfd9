package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.Scenario.day;
import static app.loadwise.recovery.engine.Scenario.session;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.training.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeedDaysRuleTest {

    @ParameterizedTest(name = "{0} with {1} speed days: fires {2}")
    @CsvSource({
        "BEGINNER, 1, false", "BEGINNER, 2, true",
        "INTERMEDIATE, 2, false", "INTERMEDIATE, 3, true",
        "ADVANCED, 3, false", "ADVANCED, 4, true"
    })
    void allowsSpeedDaysByExperienceLevel(ExperienceLevel level, int speedDays, boolean fires) {
        Scenario s = Scenario.balanced(level);
        int base = level == ExperienceLevel.BEGINNER ? 1 : 2;
        if (speedDays - base >= 1) {
            s.replaceDay(SATURDAY, session("sat", day(SATURDAY), SessionType.HILLS, 40, 7.0));
        }
        if (speedDays - base >= 2) {
            s.replaceDay(MONDAY, session("mon", day(MONDAY), SessionType.RACE_PACE, 40, 6.0));
        }
        assertThat(s.assess().figures().counts().speedDays()).isEqualTo(speedDays);
        assertThat(s.findings(RuleId.SPEED_DAYS)).hasSize(fires ? 1 : 0);
    }

    @Test
    void countsTwoSpeedSessionsOnOneDayAsOneSpeedDay() {
        Scenario s = Scenario.balanced().add(session("tue-2", day(java.time.DayOfWeek.TUESDAY), SessionType.TEMPO, 20, 6.0));
        assertThat(s.findings(RuleId.SPEED_DAYS)).isEmpty();
    }

    @Test
    void namesTheLevelAndTheLimit() {
        Finding f = RuleTriggers.firing(RuleId.SPEED_DAYS).findings(RuleId.SPEED_DAYS).get(0);
        assertThat(f.message()).isEqualTo("3 days with speed work this week; the most for an intermediate runner is 2.");
        assertThat(f.evidence().sessionIds()).containsExactly("2026-03-16-tue-intervals", "2026-03-16-thu-tempo", "sat");
    }
}
