package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day bucketing across Europe/Berlin's daylight-saving changes (29 March and 25 October 2026). */
class LocalDaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} is {1} in Berlin, week {2}")
    @CsvSource({
        // Sunday 29 March 2026, clocks go forward at 02:00 (UTC+1 -> UTC+2)
        "2026-03-29T00:30:00Z, 2026-03-29, 2026-W13",   // 01:30 CET, before the change
        "2026-03-29T21:45:00Z, 2026-03-29, 2026-W13",   // 23:45 CEST, a late-evening run on the Sunday
        "2026-03-29T22:30:00Z, 2026-03-30, 2026-W14",   // 00:30 CEST on Monday: UTC still says Sunday
        // Sunday 25 October 2026, clocks go back at 03:00 (UTC+2 -> UTC+1)
        "2026-10-25T22:30:00Z, 2026-10-25, 2026-W43",   // 23:30 CET on the Sunday
        "2026-10-25T23:05:00Z, 2026-10-26, 2026-W44"    // 00:05 CET on Monday
    })
    void bucketsInstantsIntoTheLocalDayAndIsoWeek(String instant, String day, String week) {
        Instant at = Instant.parse(instant);
        assertThat(LocalDays.dayOf(at, BERLIN)).isEqualTo(LocalDate.parse(day));
        assertThat(LocalDays.weekOf(at, BERLIN)).isEqualTo(IsoWeek.parse(week));
    }

    @Test
    void aFixedOffsetWouldPutTheLateEveningRunInTheWrongWeek() {
        // 23:30 local on Sunday 25 October, after the clocks went back: a stale summer offset says Monday.
        Instant lateRun = Instant.parse("2026-10-25T22:30:00Z");
        assertThat(LocalDate.ofInstant(lateRun, ZoneOffset.ofHours(2))).isEqualTo(LocalDate.parse("2026-10-26"));
        assertThat(LocalDays.weekOf(lateRun, BERLIN)).isEqualTo(IsoWeek.parse("2026-W43"));
    }
}
