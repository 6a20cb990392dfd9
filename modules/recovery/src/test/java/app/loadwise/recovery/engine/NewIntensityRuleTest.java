package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.training.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewIntensityRuleTest {

    @ParameterizedTest(name = "tempo kept {0}, hills {1} days before the week: fires {2}")
    @CsvSource({
        "true, 0, true",     // intervals and tempo after three quiet weeks
        "false, 0, false",   // only one new type
        "true, 21, false",   // a speed session inside the three weeks
        "true, 22, true"     // just outside them
    })
    void flagsSeveralNewIntensityTypesAfterQuietWeeks(boolean keepTempo, int hillsDaysBefore, boolean fires) {
        Scenario s = RuleTriggers.withoutSpeedHistory(Scenario.balanced());
        if (!keepTempo) {
            s.changeWeekSession("-thu-tempo", x -> Scenario.retype(x, SessionType.EASY));
        }
        if (hillsDaysBefore > 0) {
            s.clearDate(Scenario.MONDAY.minusDays(hillsDaysBefore))
                    .add(Scenario.session("hills", Scenario.MONDAY.minusDays(hillsDaysBefore), SessionType.HILLS, 40, 7.0));
        }
        assertThat(s.findings(RuleId.NEW_INTENSITY)).hasSize(fires ? 1 : 0);
    }

    @ParameterizedTest(name = "history from {0} days before the week: fires {1}")
    @CsvSource(delimiter = '|', value = {
        "6  | false | ",                                                                // less than a week of history
        "7  | true  | the athlete's whole history of 1 week, all without speed work.",  // one easy week is enough
        "10 | true  | the athlete's whole history of 10 days, all without speed work.",
        "14 | true  | the athlete's whole history of 2 weeks, all without speed work.",
        "20 | true  | the athlete's whole history of 20 days, all without speed work.",
        "21 | true  | 3 weeks without any speed work.",                                  // the setting's 3 weeks
        "63 | true  | 3 weeks without any speed work."
    })
    void anyQuietHistoryOfAtLeastAWeekIsEnoughAndTheFindingSaysHowMuch(int historyDays, boolean fires, String ending) {
        Scenario s = RuleTriggers.withoutSpeedHistory(Scenario.balanced())
                .removeSessions(x -> x.date().isBefore(Scenario.MONDAY.minusDays(historyDays)))
                .removeWellness(w -> w.date().isBefore(Scenario.MONDAY.minusDays(historyDays)));
        var found = s.findings(RuleId.NEW_INTENSITY);
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(found.get(0).message()).endsWith(ending);
            assertThat(found.get(0).evidence().values())
                    .contains(new Measure("quiet history", Math.min(historyDays, 21), "days"));
        }
    }

    @ParameterizedTest(name = "{0} easy weeks of history, hills {1} days before: fires {2}")
    @CsvSource({
        "1, 0, true",    // one easy week, then intervals, hills and race pace
        "2, 0, true",    // two easy weeks
        "2, 3, false"    // a hills session in the short history: not new
    })
    void flagsAnAthleteWithOneOrTwoEasyWeeksWhoStacksSpeedWork(int weeks, int hillsDaysBefore, boolean fires) {
        Scenario s = RuleTriggers.withoutSpeedHistory(Scenario.balanced())
                .removeSessions(x -> x.date().isBefore(Scenario.MONDAY.minusWeeks(weeks)))
                .removeWellness(w -> w.date().isBefore(Scenario.MONDAY.minusWeeks(weeks)));
        s.changeWeekSession("-thu-tempo", x -> Scenario.retype(x, SessionType.HILLS));
        s.changeWeekSession("-sat-easy", x -> Scenario.retype(x, SessionType.RACE_PACE));
        if (hillsDaysBefore > 0) {
            s.clearDate(Scenario.MONDAY.minusDays(hillsDaysBefore))
                    .add(Scenario.session("hills", Scenario.MONDAY.minusDays(hillsDaysBefore), SessionType.HILLS, 40, 7.0));
        }
        var found = s.findings(RuleId.NEW_INTENSITY);
        assertThat(found).hasSize(fires ? 1 : 0);
        if (fires) {
            assertThat(found.get(0).message()).isEqualTo("3 new kinds of hard session (intervals, hills, race pace) "
                    + "stacked into one week after the athlete's whole history of "
                    + FindingFormat.plural(weeks, "week", "weeks") + ", all without speed work.");
        }
    }

    @ParameterizedTest(name = "{0} of 14 quiet days known: fires {1}")
    @CsvSource({"7, true", "6, false"})
    void needsHalfOfTheQuietDaysKnown(int knownDays, boolean fires) {
        // Two weeks of history: the first record 14 days before the Monday, then a gap left unknown.
        Scenario s = RuleTriggers.withoutSpeedHistory(Scenario.balanced())
                .removeSessions(x -> x.date().isBefore(Scenario.MONDAY) && x.date().isAfter(Scenario.MONDAY.minusDays(15 - knownDays)))
                .removeWellness(w -> w.date().isBefore(Scenario.MONDAY.minusDays(14))
                        || (w.date().isBefore(Scenario.MONDAY) && w.date().isAfter(Scenario.MONDAY.minusDays(15 - knownDays))))
                .removeSessions(x -> x.date().isBefore(Scenario.MONDAY.minusDays(14)));
        assertThat(s.findings(RuleId.NEW_INTENSITY)).hasSize(fires ? 1 : 0);
    }

    @Test
    void namesTheNewTypes() {
        Finding f = RuleTriggers.firing(RuleId.NEW_INTENSITY).findings(RuleId.NEW_INTENSITY).get(0);
        assertThat(f.message()).startsWith("2 new kinds of hard session (tempo, intervals)");
    }
}
