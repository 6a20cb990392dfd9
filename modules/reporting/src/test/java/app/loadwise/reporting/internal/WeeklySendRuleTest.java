package app.loadwise.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeeklySendRuleTest {

    private final WeeklySendRule mondaySix = new WeeklySendRule(DayOfWeek.MONDAY, LocalTime.of(6, 0));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-23T05:59, ",
            "2026-11-23T06:00, 2026-W47",
            "2026-11-24T14:00, 2026-W47",
            "2026-11-29T23:59, 2026-W47",
            "2026-11-30T00:30, ",
            "2026-12-28T06:00, 2026-W52",
            "2027-01-04T06:00, 2026-W53"})
    void reportsTheWeekJustEndedFromMondaySixUntilTheWeekIsOver(String now, String week) {
        assertThat(mondaySix.dueWeek(LocalDateTime.parse(now)).map(Object::toString).orElse(null)).isEqualTo(week);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2026-11-24T08:59, ", "2026-11-24T09:00, 2026-W47", "2026-11-23T12:00, "})
    void followsAnotherConfiguredSlot(String now, String week) {
        WeeklySendRule tuesdayNine = new WeeklySendRule(DayOfWeek.TUESDAY, LocalTime.of(9, 0));
        assertThat(tuesdayNine.dueWeek(LocalDateTime.parse(now)).map(Object::toString).orElse(null)).isEqualTo(week);
    }
}
