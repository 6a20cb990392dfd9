package app.loadwise.recovery.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    /** Mon rest, Tue 300, Wed 450, Thu 300, Fri rest, Sat 600, Sun 300. */
    static final double[] FOSTER_WEEK = {0, 300, 450, 300, 0, 600, 300};

    @Test
    void monotonyAndStrainOfAFosterWeek() {
        // weekly load 1950; mean 278.571
        // squared deviations: 77602.0, 459.2, 29387.8, 459.2, 77602.0, 103316.3, 459.2 -> sum 289285.7
        // population SD = sqrt(289285.7 / 7) = 203.289; monotony = 278.571 / 203.289 = 1.3703
        // strain = 1950 x 1.3703 = 2672.1
        double monotony = Stats.monotony(FOSTER_WEEK, 0);
        assertThat(Stats.mean(FOSTER_WEEK, 0, 7)).isCloseTo(278.571, within(0.001));
        assertThat(monotony).isCloseTo(1.3703, within(0.0001));
        assertThat(1950 * monotony).isCloseTo(2672.1, within(0.1));
    }

    @Test
    void sampleSdDividesByNMinusOne() {
        // sqrt(289285.7 / 6) = 219.578
        assertThat(Stats.sampleSd(FOSTER_WEEK, 0, 7)).isCloseTo(219.578, within(0.001));
    }

    @Test
    void monotonyIsUndefinedWhenEveryDayIsTheSame() {
        assertThat(Stats.monotony(new double[] {90, 90, 90, 90, 90, 90, 90}, 0)).isNaN();
        assertThat(Stats.monotony(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 0)).isNaN();
        assertThat(Stats.monotony(new double[7], 0)).isNaN();
    }

    @Test
    void monotonyIsUndefinedWithAnUnknownDay() {
        assertThat(Stats.monotony(new double[] {0, 300, Double.NaN, 300, 0, 600, 300}, 0)).isNaN();
    }

    @Test
    void skipsUnrecordedValues() {
        double[] v = {1, Double.NaN, 3};
        assertThat(Stats.count(v, 0, 3)).isEqualTo(2);
        assertThat(Stats.mean(v, 0, 3)).isEqualTo(2.0);
        assertThat(Stats.mean(new double[] {Double.NaN}, 0, 1)).isNaN();
        assertThat(Stats.sampleSd(new double[] {5}, 0, 1)).isNaN();
    }

    @Test
    void aBaselineIsTheCountMeanAndSampleSdOfTheRecordedReadings() {
        Baseline b = Baseline.of(new double[] {50, Double.NaN, 52, 54}, 3);
        assertThat(b.readings()).isEqualTo(3);
        assertThat(b.mean()).isEqualTo(52.0);
        assertThat(b.sd()).isEqualTo(2.0);
        assertThat(b.zScore(55)).isEqualTo(1.5);
    }

    @Test
    void leavesTheBaselineSdOutBelowTheReadingsItNeeds() {
        Baseline b = Baseline.of(new double[] {50, 52, 51}, 4);
        assertThat(b.readings()).isEqualTo(3);
        assertThat(b.mean()).isEqualTo(51.0);
        assertThat(b.sd()).isNaN();
        assertThat(b.zScore(55)).isNaN();
        assertThat(Baseline.of(new double[] {50}, 0).sd()).isNaN();
    }

    @Test
    void aBaselineWithoutSpreadGivesNoZScore() {
        assertThat(Baseline.of(new double[] {48, 48, 48}, 2).zScore(50)).isNaN();
    }
}
