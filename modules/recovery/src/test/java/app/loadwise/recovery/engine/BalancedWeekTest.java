package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.ExperienceLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reference scenario used by the rule tests: a balanced week raises nothing at any level. */
class BalancedWeekTest {

    @ParameterizedTest
    @EnumSource(ExperienceLevel.class)
    void balancedWeekRaisesNoFindingAndScoresGreen(ExperienceLevel level) {
        WeeklyAssessment a = Scenario.balanced(level).assess();

        assertThat(a.findings()).isEmpty();
        assertThat(a.score().status()).isEqualTo(Status.GREEN);
        assertThat(a.score().value()).isEqualTo(100);
        assertThat(a.score().formulaVersion()).isEqualTo("2026.2");
        assertThat(a.figures().coverage().baseline()).isEqualTo(FigureState.AVAILABLE);
    }
}
