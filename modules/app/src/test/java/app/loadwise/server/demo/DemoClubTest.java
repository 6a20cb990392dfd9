package app.loadwise.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.server.demo.DemoClub.DemoAthlete;
import app.loadwise.server.demo.DemoClub.Pattern;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.WellnessDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoClubTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 28);
    private final List<DemoAthlete> club = DemoClub.generate(LAST_DAY);

    private DemoAthlete first(Pattern pattern) {
        return club.stream().filter(a -> a.pattern() == pattern).findFirst().orElseThrow();
    }

    @Test
    void hasThirtyAthletesOfEveryLevelWithSixteenWeeksOfTraining() {
        assertThat(club).hasSize(30);
        assertThat(club.stream().map(a -> a.profile().level()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ExperienceLevel.values());
        assertThat(club.stream().map(DemoAthlete::memberId).distinct()).hasSize(30);
        for (DemoAthlete athlete : club) {
            assertThat(athlete.sessions()).allSatisfy(s -> assertThat(s.date())
                    .isBetween(LAST_DAY.minusWeeks(DemoClub.WEEKS).plusDays(1), LAST_DAY));
        }
        DemoAthlete balanced = first(Pattern.BALANCED);
        assertThat(balanced.sessions().get(0).date()).isBefore(LAST_DAY.minusWeeks(15));
    }

    @Test
    void isTheSameEveryTimeForTheSameDay() {
        assertThat(DemoClub.generate(LAST_DAY)).isEqualTo(club);
    }

    @Test
    void includesAthletesWhoStackHardDaysBackToBack() {
        List<LocalDate> hardDays = first(Pattern.BACK_TO_BACK).sessions().stream()
                .filter(s -> s.type().isHard()).map(SessionDetails::date).sorted().toList();
        boolean backToBack = false;
        for (int i = 1; i < hardDays.size(); i++) {
            backToBack |= hardDays.get(i).equals(hardDays.get(i - 1).plusDays(1));
        }
        assertThat(backToBack).isTrue();
    }

    @Test
    void includesAnAthleteWithSharpAchillesPainLastWeek() {
        assertThat(first(Pattern.ACHILLES_PAIN).sessions())
                .filteredOn(SessionDetails::pain)
                .isNotEmpty()
                .allSatisfy(s -> {
                    assertThat(s.painLocation()).containsIgnoringCase("achilles");
                    assertThat(s.date()).isAfter(LAST_DAY.minusDays(7));
                });
    }

    @Test
    void includesPoorSleepersAndOverreachers() {
        double sleep = first(Pattern.POOR_SLEEP).wellness().stream()
                .mapToDouble(WellnessDetails::sleepHours).average().orElseThrow();
        assertThat(sleep).isLessThan(6.5);

        Map<LocalDate, Double> weekly = new TreeMap<>();
        for (SessionDetails s : first(Pattern.OVERREACHING).sessions()) {
            weekly.merge(s.date().plusDays((LAST_DAY.toEpochDay() - s.date().toEpochDay()) % 7),
                    s.movingMinutes() * (s.rpe() == null ? 0 : s.rpe()), Double::sum);
        }
        List<Double> loads = List.copyOf(weekly.values());
        double lastWeek = loads.get(loads.size() - 1);
        double usual = loads.subList(loads.size() - 7, loads.size() - 3).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(lastWeek / usual).isGreaterThan(1.5);
    }

    @Test
    void theSporadicLoggerLeavesGapsThatOthersDoNot() {
        DemoAthlete sporadic = first(Pattern.SPORADIC_LOGGER);
        DemoAthlete steady = club.stream()
                .filter(a -> a.pattern() == Pattern.BALANCED && a.profile().level() == sporadic.profile().level())
                .findFirst().orElseThrow();
        assertThat(longestGapInDays(sporadic)).isGreaterThanOrEqualTo(4);
        assertThat(longestGapInDays(steady)).isLessThanOrEqualTo(2);
    }

    private static long longestGapInDays(DemoAthlete athlete) {
        List<LocalDate> days = athlete.sessions().stream().map(SessionDetails::date).distinct().sorted().toList();
        long longest = 0;
        for (int i = 1; i < days.size(); i++) {
            longest = Math.max(longest, days.get(i).toEpochDay() - days.get(i - 1).toEpochDay());
        }
        return longest;
    }

    @Test
    void includesAnAthleteWhoStoppedLoggingThreeWeeksAgo() {
        DemoAthlete silent = first(Pattern.STOPPED_LOGGING);
        LocalDate lastLogged = silent.sessions().stream().map(s -> s.date()).max(LocalDate::compareTo).orElseThrow();
        assertThat(lastLogged).isBefore(LAST_DAY.minusWeeks(DemoClub.SILENT_WEEKS).plusDays(1));
        assertThat(silent.wellness()).allSatisfy(w -> assertThat(w.date()).isBefore(LAST_DAY.minusWeeks(DemoClub.SILENT_WEEKS).plusDays(1)));
        assertThat(silent.sessions()).hasSizeGreaterThan(40);
    }

    @Test
    void balancedAthletesBuildGentlyOverTheSixteenWeeks() {
        DemoAthlete balanced = first(Pattern.BALANCED);
        double early = minutesBetween(balanced, LAST_DAY.minusWeeks(16), LAST_DAY.minusWeeks(12));
        double late = minutesBetween(balanced, LAST_DAY.minusWeeks(4), LAST_DAY);
        assertThat(late / early).isBetween(1.05, 1.4);
    }

    private static double minutesBetween(DemoAthlete athlete, LocalDate after, LocalDate upTo) {
        return athlete.sessions().stream().filter(s -> s.date().isAfter(after) && !s.date().isAfter(upTo))
                .filter(s -> s.movingMinutes() != null).mapToDouble(s -> s.movingMinutes()).sum();
    }
}
