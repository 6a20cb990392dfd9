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

    @ParameterizedTest(name = "{0} ''{1}'': {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "wellness note | no achilles pain today, all good       | -",
        "wellness note | tight hip flexors after the long run   | -",
        "wellness note | tight hamstrings, sore quads, DOMS     | -",
        "wellness note | knee pain-free, not sore               | -",
        "wellness note | achilles pain today                    | achilles,pain",
        "wellness note | tight hip flexors, hip joint aches     | hip,joint,aches",
        "session notes | nagging pain in the achilles again     | nagging,pain,achilles,again",
        "session notes | calf pain keeps coming back            | pain,keeps coming back",
        "session notes | calf pain                              | -",
        "session notes | ran without pain                       | -",
        "pain location | hip flexors                            | -",
        "pain location | no pain                                | -",
        "pain location | left knee                              | knee",
        "session notes | left knee                              | -",
        "session notes | high knees, heel flicks                | -",
        "session notes | hip thrusts, heel raises               | -",
        "session notes | knee drives                            | -",
        "wellness note | high knees, heel flicks                | -",
        "wellness note | heel raises and hip thrusts in the gym  | -",
        "session notes | knee drives, then knee pain            | knee,pain",
        "session notes | sharp pain in the left knee            | sharp,pain,knee",
        "session notes | felt sharp on the hills                | -",
        "wellness note | left Achilles, sore on stairs          | achilles,sore",
        "wellness note | left knee                              | knee",
        "wellness note | knee, dull pain 3/10                   | knee,pain",
        "wellness note | left knee, no pain                     | -",
        "session notes | felt great until the achilles started hurting | achilles,hurting",
        "session notes | achilles pain not improving            | achilles,pain",
        "wellness note | knee pain so I didn't finish           | knee,pain",
        "session notes | pain-free, felt great                  | -",
        "session notes | without pain                           | -",
        "wellness note | no pain                                | -",
        "pain location | knee pain-free                         | -",
        "wellness note | shin splints flaring up                | shin,splints,flaring",
    })
    void readsPainFromWellnessAndSessionNotesAndQuotesTheWords(String where, String text, String quoted) {
        Scenario s = Scenario.balanced();
        switch (where) {
            case "wellness note" -> s.wellnessOn(Scenario.MONDAY.plusDays(3), w -> Scenario.withPainNote(w, text));
            case "session notes" -> s.changeWeekSession("-thu-tempo", x -> x.withNotes(text));
            default -> s.changeWeekSession("-thu-tempo", x -> x.withPain(false, text, TrainingSession.NOT_RECORDED));
        }
        var found = s.findings(RuleId.PAIN);
        if (quoted == null) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.RED);
        assertThat(f.evidence().quotes()).containsExactly(quoted.split(","));
        assertThat(f.evidence().dates()).containsExactly(Scenario.MONDAY.plusDays(3));
        assertThat(f.message()).startsWith("Pain reported: Thu 19 Mar, ");
        if (!where.equals("pain location")) {
            assertThat(f.message()).contains("\"" + text + "\" (" + String.join(", ", f.evidence().quotes()) + ")");
        }
        if (where.equals("session notes")) {
            assertThat(f.evidence().sessionIds()).containsExactly("2026-03-16-thu-tempo");
        }
    }

    @org.junit.jupiter.api.Test
    void aPainNoteOnlyInTheHistoryIsNotThisWeeksReport() {
        Scenario s = Scenario.balanced()
                .changeSessions(x -> x.id().equals("2026-03-09-thu-tempo"), x -> x.withNotes("sharp knee pain"));
        assertThat(s.findings(RuleId.PAIN)).isEmpty();
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
