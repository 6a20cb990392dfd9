package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.training.WellnessDetails;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

    @Test
    void closedRangesTakeBothEnds() {
        assertThat(InputLimits.ATHLETE_MAX_HEART_RATE.contains(100)).isTrue();
        assertThat(InputLimits.ATHLETE_MAX_HEART_RATE.contains(250)).isTrue();
        assertThat(InputLimits.ATHLETE_MAX_HEART_RATE.contains(99)).isFalse();
        assertThat(InputLimits.ATHLETE_MAX_HEART_RATE.contains(251)).isFalse();
    }

    @Test
    void hrvMustBeAboveZero() {
        assertThat(InputLimits.HRV_MS.contains(0)).isFalse();
        assertThat(InputLimits.HRV_MS.contains(0.5)).isTrue();
        assertThat(InputLimits.HRV_MS.contains(300)).isTrue();
        assertThat(InputLimits.HRV_MS.contains(Double.NaN)).isFalse();
    }

    @Test
    void writesTheRangeWithItsUnit() {
        assertThat(InputLimits.SESSION_HEART_RATE.between()).isEqualTo("between 25 and 250 bpm");
        assertThat(InputLimits.RPE.between()).isEqualTo("between 0 and 10");
        assertThat(InputLimits.SLEEP_HOURS.between()).isEqualTo("between 0 and 16 hours");
    }

    @Test
    void theDomainRejectsWhatTheLimitsExclude() {
        assertThatThrownBy(() -> new AthleteProfile("Ann", null, null, ExperienceLevel.BEGINNER, 251, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("max HR must be between 100 and 250 bpm");
        assertThat(new AthleteProfile("Ann", null, null, ExperienceLevel.BEGINNER, 250, 50, null).maxHr()).isEqualTo(250);
        assertThatThrownBy(() -> new WellnessDetails(LocalDate.of(2026, 3, 2), 16.5, null, null, null, null, null,
                null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("sleep must be between 0 and 16 hours");
    }
}
