package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PainRuleTest {

    @ParameterizedTest(name = "flag {0}, location ''{1}'', score {2}: fires {3}")
    @CsvSource({
        "true,  ,                 , true",
        "false, Achilles tendon,  , true",
        "false, left KNEE,        , true",
        "false, sharp under foot, , true",
        "false, calf muscle,      , false",
        "false, ,                4, true",
        "false, ,                3, false",
        "false, ,                 , false"
    })
    void treatsSharpOrNaggingPainAsRed(boolean flag, String location, Integer score, boolean fires) {
        Scenario s = Scenario.balanced().changeWeekSession("-tue-intervals", x -> x.withPain(flag, location, TrainingSession.orNone(score)));
        var found = s.findings(RuleId.PAIN);
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(found.get(0).severity()).isEqualTo(Severity.RED);
            assertThat(s.assess().score().status()).isEqualTo(Status.RED);
        }
    }

    @Test
    void muscleSorenessAloneIsNotPain() {
        Scenario s = Scenario.balanced().changeWeekSession("-tue-intervals", x -> x.withMuscleSoreness(9))
                .wellnessOn(Scenario.MONDAY.plusDays(2), w -> Scenario.withItems(w, 3, 3, 3, 3, 7));
        assertThat(s.findings(RuleId.PAIN)).isEmpty();
    }

    @ParameterizedTest(name = "wellness note ''{0}'': fires {1}")
    @CsvSource({"nagging pain in the hip, true", "shin hurts on stairs, true", "sore legs after the long run, false"})
    void readsPainNotesInWellness(String note, boolean fires) {
        Scenario s = Scenario.balanced().wellnessOn(Scenario.MONDAY.plusDays(3), w -> Scenario.withPainNote(w, note));
        assertThat(s.findings(RuleId.PAIN)).hasSize(fires ? 1 : 0);
    }

    @Test
    void ignoresPainOnExcludedSessionsAndAfterTheAsOfDate() {
        Scenario excluded = Scenario.balanced()
                .changeWeekSession("-tue-intervals", x -> x.withPain(true, "knee", 8).withExcluded(true));
        Scenario later = Scenario.balanced().changeWeekSession("-sun-long", x -> x.withPain(true, "knee", 8))
                .asOf(Scenario.MONDAY.plusDays(5));
        assertThat(excluded.findings(RuleId.PAIN)).isEmpty();
        assertThat(later.findings(RuleId.PAIN)).isEmpty();
    }

    @Test
    void redWhateverTheLoadSays() {
        Finding f = RuleTriggers.firing(RuleId.PAIN).findings(RuleId.PAIN).get(0);
        assertThat(f.message()).isEqualTo("Pain reported: Tue 17 Mar, intervals (50 min).");
        assertThat(f.advice()).startsWith("Back off");
        assertThat(f.evidence().sessionIds()).containsExactly("2026-03-16-tue-intervals");
        assertThat(f.evidenceStrength()).isEqualTo(EvidenceStrength.CLINICAL_PRECAUTION);
    }
}
