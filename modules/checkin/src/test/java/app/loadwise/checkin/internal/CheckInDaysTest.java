package app.loadwise.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckInDaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
            "2026-12-07T22:59:59Z, Europe/Berlin, 2026-12-07",
            "2026-12-07T23:00:00Z, Europe/Berlin, 2026-12-08",
            "2026-12-07T10:59:00Z, Pacific/Auckland, 2026-12-07",
            "2026-12-07T11:00:00Z, Pacific/Auckland, 2026-12-08",
            "2026-12-08T04:59:00Z, America/New_York, 2026-12-07"})
    void todayIsTheDateInTheAthletesZone(String instant, String zone, String day) {
        assertThat(CheckInDays.today(Instant.parse(instant), ZoneId.of(zone))).isEqualTo(LocalDate.parse(day));
    }

    @Test
    void thePageShowsSevenDaysEndingToday() {
        assertThat(CheckInDays.shownDays(LocalDate.of(2026, 3, 2))).hasSize(7)
                .startsWith(LocalDate.of(2026, 2, 24)).endsWith(LocalDate.of(2026, 3, 2));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-12-07T05:59:59Z, false",  // 06:59:59 in Berlin
            "2026-12-07T06:00:00Z, true",   // 07:00
            "2026-12-07T09:59:59Z, true",   // 10:59:59, still within 4 hours
            "2026-12-07T10:00:00Z, false"}) // 11:00, too late for today's reminder
    void aReminderIsDueFromItsLocalTimeForTheWindow(String instant, boolean due) {
        assertThat(CheckInDays.reminderDue(Instant.parse(instant), BERLIN, LocalTime.of(7, 0), Duration.ofHours(4))).isEqualTo(due);
    }

    @Test
    void theSameInstantIsDueInOneZoneAndNotInAnother() {
        Instant now = Instant.parse("2026-12-06T18:30:00Z"); // 07:30 on 7 December in Auckland, 19:30 on the 6th in Berlin
        assertThat(CheckInDays.reminderDue(now, AUCKLAND, LocalTime.of(7, 0), Duration.ofHours(4))).isTrue();
        assertThat(CheckInDays.reminderDue(now, BERLIN, LocalTime.of(7, 0), Duration.ofHours(4))).isFalse();
    }

    @Test
    void aReminderTimeSkippedByTheClockChangeIsDueAsLateAfterTheGap() {
        // Berlin skips 02:00-03:00 on 29 March 2026; a 02:30 reminder is due at 03:30 local (01:30 UTC)
        assertThat(CheckInDays.reminderDue(Instant.parse("2026-03-29T01:29:00Z"), BERLIN, LocalTime.of(2, 30), Duration.ofHours(4)))
                .isFalse();
        assertThat(CheckInDays.reminderDue(Instant.parse("2026-03-29T01:30:00Z"), BERLIN, LocalTime.of(2, 30), Duration.ofHours(4)))
                .isTrue();
    }

    @Test
    void aDaysReminderTokenWorksUntilTheAthletesMidnight() {
        assertThat(CheckInDays.endOfDay(LocalDate.of(2026, 12, 7), BERLIN)).isEqualTo(Instant.parse("2026-12-07T23:00:00Z"));
        assertThat(CheckInDays.endOfDay(LocalDate.of(2026, 12, 7), AUCKLAND)).isEqualTo(Instant.parse("2026-12-07T11:00:00Z"));
    }
}
