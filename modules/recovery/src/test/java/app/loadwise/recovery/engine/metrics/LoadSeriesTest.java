package app.loadwise.recovery.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoadSeriesTest {

    @Test
    void ewmaLambdaIsTwoOverNPlusOne() {
        assertThat(LoadSeries.ewmaLambda(7)).isEqualTo(0.25);
        assertThat(LoadSeries.ewmaLambda(28)).isCloseTo(2.0 / 29, within(1e-15));
    }

    @Test
    void acuteEwmaFollowsHandWorkedSeries() {
        // lambda = 0.25, start 100; loads 100, 0, 200, 150, 0, 300, 50
        // 0.25*100 + 0.75*100    = 100
        // 0.25*0   + 0.75*100    = 75
        // 0.25*200 + 0.75*75     = 106.25
        // 0.25*150 + 0.75*106.25 = 117.1875
        // 0.25*0   + 0.75*117.1875 = 87.890625
        // 0.25*300 + 0.75*87.890625 = 140.917969
        // 0.25*50  + 0.75*140.917969 = 118.188477
        double[] loads = {100, 0, 200, 150, 0, 300, 50};
        double[] expected = {100, 75, 106.25, 117.1875, 87.890625, 140.917969, 118.188477};
        double e = 100;
        for (int i = 0; i < loads.length; i++) {
            e = LoadSeries.ewmaStep(e, loads[i], LoadSeries.ewmaLambda(7));
            assertThat(e).isCloseTo(expected[i], within(1e-6));
        }
    }

    @Test
    void ctlAtlAndTsbFollowHandWorkedSeries() {
        // e^(-1/42) = 0.976472, e^(-1/7) = 0.866878; CTL = ATL = 50 to start.
        // day 1, load 100: CTL = 50*0.976472 + 100*0.023528 = 51.1764; ATL = 50*0.866878 + 100*0.133122 = 56.6561
        // day 2, load 0:   CTL = 49.9723; ATL = 49.1139
        // day 3, load 200: CTL = 53.5022; ATL = 69.2002; TSB after the day = 53.5022 - 69.2002 = -15.698
        double kc = LoadSeries.banisterDecay(42);
        double ka = LoadSeries.banisterDecay(7);
        assertThat(kc).isCloseTo(0.976472, within(1e-6));
        assertThat(ka).isCloseTo(0.866878, within(1e-6));
        double ctl = 50;
        double atl = 50;
        double[][] expected = {{51.1764, 56.6561}, {49.9723, 49.1139}, {53.5022, 69.2002}};
        double[] loads = {100, 0, 200};
        for (int i = 0; i < loads.length; i++) {
            ctl = LoadSeries.banisterStep(ctl, loads[i], kc);
            atl = LoadSeries.banisterStep(atl, loads[i], ka);
            assertThat(ctl).isCloseTo(expected[i][0], within(1e-4));
            assertThat(atl).isCloseTo(expected[i][1], within(1e-4));
        }
        assertThat(ctl - atl).isCloseTo(-15.698, within(1e-3));
    }
}
