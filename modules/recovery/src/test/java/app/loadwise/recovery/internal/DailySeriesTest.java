package app.loadwise.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.loadwise.recovery.AthleteTimeline;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailySeriesTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    @Test
    void aSteadyLoadKeepsEveryAverageAtThatLoadAndTheRatioAtOne() {
        Map<LocalDate, DailySeries.Recorded> recorded = new HashMap<>();
        for (int d = 0; d < 70; d++) {
            recorded.put(FIRST.plusDays(d), new DailySeries.Recorded(List.of(300.0), false, null, null, null));
        }
        List<AthleteTimeline.TimelineDay> days = DailySeries.of(FIRST, FIRST.plusDays(63), FIRST.plusDays(69), recorded);
        assertThat(days).hasSize(7);
        AthleteTimeline.TimelineDay last = days.get(6);
        assertThat(last.load()).isEqualTo(300);
        assertThat(last.acuteLoad()).isCloseTo(300, within(1e-9));
        assertThat(last.chronicLoad()).isCloseTo(300, within(1e-9));
        assertThat(last.acwr()).isCloseTo(1.0, within(1e-9));
        assertThat(last.ctl()).isCloseTo(300, within(1e-9));
        assertThat(last.tsb()).isCloseTo(0, within(1e-9));
    }

    @Test
    void aJumpInLoadRaisesAcuteLoadFasterThanChronicLoad() {
        Map<LocalDate, DailySeries.Recorded> recorded = new HashMap<>();
        for (int d = 0; d < 70; d++) {
            recorded.put(FIRST.plusDays(d), new DailySeries.Recorded(List.of(d < 63 ? 200.0 : 500.0), false, null, null, null));
        }
        AthleteTimeline.TimelineDay last = DailySeries.of(FIRST, FIRST.plusDays(63), FIRST.plusDays(69), recorded).get(6);
        // EWMA with lambda 0.25 (acute) and 2/29 (chronic) after 7 days at 500 from 200
        double acute = 500 - 300 * Math.pow(0.75, 7);
        double chronic = 500 - 300 * Math.pow(1 - 2.0 / 29, 7);
        assertThat(last.acuteLoad()).isCloseTo(acute, within(1e-9));
        assertThat(last.chronicLoad()).isCloseTo(chronic, within(1e-9));
        assertThat(last.acwr()).isCloseTo(acute / chronic, within(1e-9));
        assertThat(last.tsb()).isNegative();
    }

    @Test
    void daysWithoutAnyRecordLeaveTheAveragesAloneAndBeforeTheFirstRecordThereAreNone() {
        Map<LocalDate, DailySeries.Recorded> recorded = new HashMap<>();
        recorded.put(FIRST.plusDays(3), new DailySeries.Recorded(List.of(100.0, 50.0), false, null, null, null));
        List<AthleteTimeline.TimelineDay> days = DailySeries.of(FIRST, FIRST, FIRST.plusDays(6), recorded);
        assertThat(days.get(0).acuteLoad()).isNull();
        assertThat(days.get(3).load()).isEqualTo(150);
        assertThat(days.get(3).sessions()).isEqualTo(2);
        assertThat(days.get(6).acuteLoad()).isEqualTo(days.get(3).acuteLoad());
        assertThat(days.get(6).load()).isZero();
    }

    @Test
    void wellnessBaselinesAreTheMeanOfThePrevious28DaysOnceSevenHaveAValue() {
        Map<LocalDate, DailySeries.Recorded> recorded = new HashMap<>();
        for (int d = 0; d < 10; d++) {
            recorded.put(FIRST.plusDays(d), new DailySeries.Recorded(List.of(), true, 7.5, 50 + d, d % 2 == 0 ? 60.0 : null));
        }
        List<AthleteTimeline.TimelineDay> days = DailySeries.of(FIRST, FIRST, FIRST.plusDays(9), recorded);
        assertThat(days.get(6).restingHrBaseline()).isNull();
        assertThat(days.get(7).restingHrBaseline()).isCloseTo(53.0, within(1e-9));
        assertThat(days.get(9).restingHr()).isEqualTo(59);
        assertThat(days.get(9).hrvBaseline()).isNull();
        assertThat(days.get(9).sleepHours()).isEqualTo(7.5);
    }
}
