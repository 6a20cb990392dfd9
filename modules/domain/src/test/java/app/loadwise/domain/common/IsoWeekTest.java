package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, 2026-W01, 2025-12-29",
            "2027-01-01, 2026-W53, 2026-12-28",
            "2026-03-29, 2026-W13, 2026-03-23",
            "2024-12-30, 2025-W01, 2024-12-30"})
    void placesDatesInTheirIsoWeek(LocalDate date, String week, LocalDate monday) {
        IsoWeek isoWeek = IsoWeek.of(date);
        assertThat(isoWeek).hasToString(week);
        assertThat(isoWeek.monday()).isEqualTo(monday);
        assertThat(isoWeek.sunday()).isEqualTo(monday.plusDays(6));
        assertThat(IsoWeek.parse(week)).isEqualTo(isoWeek);
    }

    @Test
    void stepsAcrossYearEnds() {
        assertThat(IsoWeek.parse("2026-W53").next()).hasToString("2027-W01");
        assertThat(IsoWeek.parse("2027-W01").previous()).hasToString("2026-W53");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-W53", "2026-W00", "2026-5", "W05", ""})
    void rejectsWeeksThatDoNotExist(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("week"));
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("must not be after");
    }

    @ParameterizedTest
    @CsvSource({"-1, 10, page", "0, 0, size", "0, 501, size"})
    void rejectsPagesOutOfBounds(int page, int size, String field) {
        assertThatThrownBy(() -> new PageRequest(page, size))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
