package app.loadwise.recovery.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.training.SessionType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Week boundaries in the athlete's time zone across the spring change in Europe/Berlin (Sunday 29 March 2026):
 * runs recorded as instants become local dates in the athlete's zone before they reach the engine.
 */
class DaylightSavingWeekTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final IsoWeek W13 = IsoWeek.parse("2026-W13");
    private static final IsoWeek W14 = IsoWeek.parse("2026-W14");
    private static final AthleteProfile ATHLETE = EngineInputs.profile("a", Sex.FEMALE, ExperienceLevel.INTERMEDIATE);

    private static TrainingSession runAt(String id, String instant, double minutes) {
        return TrainingSession.of(id, LocalDate.ofInstant(Instant.parse(instant), BERLIN), SessionType.EASY, minutes, 4.0);
    }

    private static List<TrainingSession> sessions() {
        List<TrainingSession> s = new ArrayList<>();
        // Daily history up to Saturday 28 March, 60 min at RPE 4 (240 AU).
        for (LocalDate d = W13.monday().minusDays(40); d.isBefore(LocalDate.of(2026, 3, 29)); d = d.plusDays(1)) {
            s.add(TrainingSession.of("h" + d, d, SessionType.EASY, 60.0, 4.0));
        }
        // 23:45 CEST on Sunday 29 March (21:45 UTC) belongs to Sunday, week 13.
        s.add(runAt("late-sunday", "2026-03-29T21:45:00Z", 30));
        // 00:30 CEST on Monday 30 March is 22:30 UTC on Sunday: it belongs to Monday, week 14.
        s.add(runAt("early-monday", "2026-03-29T22:30:00Z", 50));
        return s;
    }

    @Test
    void putsALateEveningRunOnTheLocalSundayOfItsWeek() {
        WeeklyAssessment w13 = new RecoveryEngine().assess(EngineInputs.completeWeek(ATHLETE, sessions(), List.of(), W13));
        assertThat(w13.sessionLoads()).extracting(SessionLoad::sessionId).contains("late-sunday")
                .doesNotContain("early-monday");
        DayFigure sunday = w13.figures().days().get(6);
        assertThat(sunday.date()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(sunday.load()).isEqualTo(120.0);
        assertThat(w13.figures().weeklyLoad()).isEqualTo(6 * 240.0 + 120.0);
    }

    @Test
    void putsAnAfterMidnightRunInTheNextWeek() {
        WeeklyAssessment w14 = new RecoveryEngine().assess(EngineInputs.completeWeek(ATHLETE, sessions(), List.of(), W14));
        assertThat(w14.sessionLoads()).extracting(SessionLoad::sessionId).containsExactly("early-monday");
        assertThat(w14.figures().days().get(0).load()).isEqualTo(200.0);
    }

    @Test
    void theWeekOfTheClockChangeHasSevenDaysOfLoads() {
        WeeklyAssessment w13 = new RecoveryEngine().assess(EngineInputs.completeWeek(ATHLETE, sessions(), List.of(), W13));
        assertThat(w13.figures().days()).hasSize(7).extracting(DayFigure::status).containsOnly(DayStatus.TRAINED);
        assertThat(w13.figures().variation().state()).isEqualTo(FigureState.AVAILABLE);
    }
}
