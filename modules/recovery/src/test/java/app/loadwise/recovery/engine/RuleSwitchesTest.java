package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule exists, fires in its scenario with the defaults, and falls silent when switched off. */
class RuleSwitchesTest {

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void firesWithDefaultSettings(RuleId rule) {
        assertThat(RuleTriggers.firing(rule).findings(rule)).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.ruleId()).isEqualTo(rule.id());
                    assertThat(f.evidenceStrength()).isEqualTo(rule.evidenceStrength());
                    assertThat(f.message()).isNotBlank();
                    assertThat(f.advice()).isNotBlank();
                    assertThat(f.message() + f.advice()).doesNotContainIgnoringCase("probability");
                });
    }

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void isSilentWhenSwitchedOff(RuleId rule) {
        Scenario s = RuleTriggers.firing(rule).allLevels(r -> r.withEnabled(rule, false));
        assertThat(s.findings(rule)).isEmpty();
        assertThat(s.assess().score().components()).noneMatch(c -> c.source().equals(rule.id()));
    }

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void switchingARuleOffNeverLowersTheScore(RuleId rule) {
        Scenario s = RuleTriggers.firing(rule);
        int on = s.assess().score().value();
        int off = s.allLevels(r -> r.withEnabled(rule, false)).assess().score().value();
        assertThat(off).isGreaterThanOrEqualTo(on);
    }

    @Test
    void switchesARuleOffForOneLevelOnly() {
        RuleSettings settings = RuleSettings.defaults().withLevel(ExperienceLevel.BEGINNER,
                RuleSettings.defaults().beginner().withEnabled(RuleId.PAIN, false));
        Scenario intermediate = RuleTriggers.firing(RuleId.PAIN).settings(settings);
        Scenario beginner = RuleTriggers.firing(RuleId.PAIN).settings(settings)
                .athlete(EngineInputs.profile("b", Sex.MALE, ExperienceLevel.BEGINNER));
        assertThat(intermediate.findings(RuleId.PAIN)).hasSize(1);
        assertThat(beginner.findings(RuleId.PAIN)).isEmpty();
    }

    @Test
    void findsRulesByTheirStableIds() {
        for (RuleId rule : RuleId.values()) {
            assertThat(RuleId.fromId(rule.id())).isSameAs(rule);
            assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
        }
    }
}
