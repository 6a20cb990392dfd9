package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanCheckServiceTest {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W51");

    @Test
    void aWeekAheadOrOverIsJudgedFromItsMondayAndAWeekUnderWayFromToday() {
        assertThat(PlanCheckService.plannedFrom(WEEK, LocalDate.of(2026, 12, 13))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(PlanCheckService.plannedFrom(WEEK, LocalDate.of(2026, 12, 14))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(PlanCheckService.plannedFrom(WEEK, LocalDate.of(2026, 12, 17))).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(PlanCheckService.plannedFrom(WEEK, LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(PlanCheckService.plannedFrom(WEEK, LocalDate.of(2026, 12, 21))).isEqualTo(LocalDate.of(2026, 12, 14));
    }
}
