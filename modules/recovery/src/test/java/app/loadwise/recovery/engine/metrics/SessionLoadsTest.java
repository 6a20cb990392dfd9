package app.loadwise.recovery.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionLoadsTest {

    @Test
    void sessionRpeIsRpeTimesMovingMinutes() {
        // Foster (2001): a 60-minute session rated 7 ("very hard") = 7 x 60 = 420 AU.
        assertThat(SessionLoads.sessionRpe(7, 60)).isEqualTo(420.0);
    }

    @Test
    void trimpForAManMatchesHandWorkedExample() {
        // 60 min at 150 bpm, resting 50, max 190: HRr = (150-50)/(190-50) = 0.714286
        // e^(1.92 x 0.714286) = e^1.371429 = 3.940977
        // TRIMP = 60 x 0.714286 x 0.64 x 3.940977 = 108.095
        assertThat(SessionLoads.trimp(60, 150, 50, 190, Sex.MALE)).isCloseTo(108.095, within(0.001));
    }

    @Test
    void trimpForAWomanMatchesHandWorkedExample() {
        // 60 min at 160 bpm, resting 55, max 195: HRr = 105/140 = 0.75
        // e^(1.67 x 0.75) = e^1.2525 = 3.499080
        // TRIMP = 60 x 0.75 x 0.86 x 3.499080 = 135.414
        assertThat(SessionLoads.trimp(60, 160, 55, 195, Sex.FEMALE)).isCloseTo(135.414, within(0.001));
    }

    @Test
    void trimpIsUndefinedWithoutSex() {
        assertThat(SessionLoads.trimp(60, 150, 50, 190, Sex.UNSPECIFIED)).isNaN();
    }

    @Test
    void scalesTrimpSoAMinuteAtMaximumHeartRateEqualsAMinuteAtRpeTen() {
        // Man: a x e^b = 0.64 x e^1.92 = 4.365413; 108.095 x 10 / 4.365413 = 247.618
        assertThat(SessionLoads.trimpAsSessionRpe(60, 150, 50, 190, Sex.MALE)).isCloseTo(247.618, within(0.001));
        // Woman: 0.86 x e^1.67 = 4.568464; 135.414 x 10 / 4.568464 = 296.411
        assertThat(SessionLoads.trimpAsSessionRpe(60, 160, 55, 195, Sex.FEMALE)).isCloseTo(296.411, within(0.001));
        // At maximum heart rate the scaled TRIMP is exactly RPE 10 x minutes.
        assertThat(SessionLoads.trimpAsSessionRpe(30, 190, 50, 190, Sex.MALE)).isCloseTo(300, within(1e-9));
        assertThat(SessionLoads.trimpAsSessionRpe(30, 195, 55, 195, Sex.FEMALE)).isCloseTo(300, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"40, 0.0", "50, 0.0", "120, 0.5", "190, 1.0", "220, 1.0"})
    void clampsHeartRateReserveToZeroAndOne(double avgHr, double expected) {
        assertThat(SessionLoads.heartRateReserve(avgHr, 50, 190)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void estimatesMaximumHeartRateWithTanaka() {
        // 208 - 0.7 x 40 = 180
        assertThat(SessionLoads.tanakaMaxHeartRate(40)).isCloseTo(180, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"RECOVERY, 2", "EASY, 3", "CROSS_TRAINING, 3", "LONG, 4", "STRIDES, 4", "STRENGTH, 4", "TEMPO, 6",
        "RACE_PACE, 6", "INTERVALS, 7", "HILLS, 7", "RACE, 8", "REST, 0"})
    void givesEveryTypeATypicalRpe(SessionType type, double rpe) {
        assertThat(SessionLoads.typicalRpe(type)).isEqualTo(rpe);
    }
}
