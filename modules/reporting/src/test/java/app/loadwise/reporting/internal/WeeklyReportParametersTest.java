package app.loadwise.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklyReportParametersTest {

    @Test
    void readsBackTheJobParametersItWrites() {
        WeeklyReportParameters parsed = WeeklyReportParameters.parse(" 2026-11-23T05:30:00Z ", " tuesday ", "09:15");

        assertThat(parsed).isEqualTo(new WeeklyReportParameters(Instant.parse("2026-11-23T05:30:00Z"), DayOfWeek.TUESDAY,
                LocalTime.of(9, 15)));
        assertThat(WeeklyReportParameters.of(parsed.asJobParameters())).isEqualTo(parsed);
        assertThat(parsed.asJobParameters()).containsEntry("day", "TUESDAY").containsEntry("time", "09:15");
    }

    @ParameterizedTest(name = "at={0}, day={1}, time={2} -> {3}")
    @CsvSource({
            "monday, MONDAY, 06:00, at",
            "'', MONDAY, 06:00, at",
            "2026-11-23T05:30:00Z, Mondays, 06:00, day",
            "2026-11-23T05:30:00Z, MONDAY, 6 am, time",
            "2026-11-23T05:30:00Z, MONDAY, '', time"})
    void namesTheParameterThatIsWrong(String at, String day, String time, String field) {
        assertThatThrownBy(() -> WeeklyReportParameters.parse(at, day, time))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aMissingValueIsWrongToo() {
        assertThatThrownBy(() -> WeeklyReportParameters.parse(null, "MONDAY", "06:00"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("at"));
    }
}
