package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TestSessions;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.SessionFingerprint;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text);
    }

    @ParameterizedTest(name = "existing {0} {1} {2}min, row {3} {4} {5}min: {6}")
    @CsvSource(nullValues = "-", value = {
            "18:30, intervals, 50, 18:30, intervals, 50,   EXACT",
            "18:30, intervals, 50, 18:30:40, intervals, 50.3, EXACT",
            "18:30, intervals, 50, 18:38, intervals, 50,   NEAR",
            "18:30, intervals, 50, 18:30, easy, 50,        NEAR",
            "18:30, intervals, 50, 18:30, intervals, 60,   NEAR",
            "18:30, intervals, 50, 18:41, intervals, 50,   NEW",
            "18:30, intervals, 50, 07:00, intervals, 50,   NEW",
            "-,     long, 100,     -,     long, 100,       EXACT",
            "-,     long, 100,     -,     long, 104,       NEAR",
            "-,     long, 100,     -,     long, 106,       NEW",
            "-,     long, 100,     -,     easy, 100,       NEW",
            "07:00, long, 100,     -,     long, 101,       NEAR",
            "-,     long, 100,     07:00, long, 100,       NEAR"})
    void matchesOnStartTimeWithinTenMinutesElseOnTypeAndDurationWithinFivePercent(
            String existingStart, String existingType, double existingMinutes,
            String rowStart, String rowType, double rowMinutes, DuplicateMatcher.Kind expected) {
        SessionFingerprint existing = new SessionFingerprint(9, 1, DAY, time(existingStart), SessionType.fromCode(existingType, "type"), existingMinutes, null, null);
        SessionDetails row = TestSessions.basic(DAY, time(rowStart), SessionType.fromCode(rowType, "type"), rowMinutes, 5);
        DuplicateMatcher.Match match = DuplicateMatcher.session(row, List.of(existing));
        assertThat(match.kind()).isEqualTo(expected);
        if (expected != DuplicateMatcher.Kind.NEW) {
            assertThat(match.existingId()).isEqualTo(9);
        }
        if (expected == DuplicateMatcher.Kind.NEAR) {
            assertThat(match.reason()).startsWith("a session of the same day").doesNotContain("session 9");
        }
    }

    @Test
    void prefersAnExactMatchOverANearOne() {
        SessionDetails row = TestSessions.basic(DAY, LocalTime.of(18, 30), SessionType.EASY, 40.0, 3);
        var near = new SessionFingerprint(1, 1, DAY, LocalTime.of(18, 25), SessionType.EASY, 40.0, null, null);
        var exact = new SessionFingerprint(2, 1, DAY, LocalTime.of(18, 30), SessionType.EASY, 40.0, null, null);
        assertThat(DuplicateMatcher.session(row, List.of(near, exact)).existingId()).isEqualTo(2);
    }

    @Test
    void matchesWellnessByDayAndValues() {
        WellnessDetails day = new WellnessDetails(DAY, 7.5, null, 48, null, 3, null, null, null, null);
        assertThat(DuplicateMatcher.wellness(day, null, null).kind()).isEqualTo(DuplicateMatcher.Kind.NEW);
        assertThat(DuplicateMatcher.wellness(day, 5L, day).kind()).isEqualTo(DuplicateMatcher.Kind.EXACT);
        WellnessDetails other = new WellnessDetails(DAY, 6.0, null, 48, null, 3, null, null, null, null);
        assertThat(DuplicateMatcher.wellness(day, 5L, other).kind()).isEqualTo(DuplicateMatcher.Kind.NEAR);
    }

    @Test
    void keepsAReviewRowIntactThroughItsPayload() {
        SessionDetails details = new SessionDetails(DAY, LocalTime.of(6, 5), SessionType.RACE_PACE, 52.5, 60.0, 12.1, 7, 160, 181,
                15, 30, 60, 20, true, "left calf", 3, 4, "line one\nline two = \\ end");
        assertThat(ReviewPayload.session(ReviewPayload.of(details))).isEqualTo(details);
        WellnessDetails wellness = new WellnessDetails(DAY, 7.25, 2, 47, 66.5, 3, 2, 1, 4, "knee");
        assertThat(ReviewPayload.wellness(ReviewPayload.of(wellness))).isEqualTo(wellness);
    }
}
