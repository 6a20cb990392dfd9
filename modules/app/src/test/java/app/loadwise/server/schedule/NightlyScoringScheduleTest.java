package app.loadwise.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NightlyScoringScheduleTest {

    @ParameterizedTest(name = "started at {0} -> night of {1}")
    @CsvSource({
            "2026-11-30T01:59:59, 2026-11-29",
            "2026-11-30T02:00:00, 2026-11-30",
            "2026-11-30T14:00:00, 2026-11-30",
            "2026-12-01T00:00:00, 2026-11-30"})
    void catchesUpTheMostRecentScheduledNight(String now, LocalDate night) {
        ZonedDateTime at = ZonedDateTime.of(java.time.LocalDateTime.parse(now), ZoneId.of("UTC"));
        assertThat(NightlyScoringSchedule.lastScheduledNight(at, LocalTime.of(2, 0))).isEqualTo(night);
    }
}
