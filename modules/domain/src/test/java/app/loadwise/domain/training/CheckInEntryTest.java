package app.loadwise.domain.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How an athlete's check-in meets the day's wellness entry. */
class CheckInEntryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final CheckInPain KNEE = new CheckInPain("knee", "dull", 3, null);
    private static final java.time.Instant AT = java.time.Instant.parse("2026-12-07T06:30:00Z");

    private static WellnessDetails answers(Double sleep, Integer fatigue, Integer mood, String painNote) {
        return new WellnessDetails(DAY, sleep, 3, 50, null, fatigue, 2, mood, 3, painNote);
    }

    @Test
    void theAthleteCorrectsTheirOwnCheckInEveryValueIncluded() {
        WellnessEntry entry = WellnessEntry.checkedIn(1, answers(6.0, 5, 4, KNEE.painNote()), KNEE, AT);
        assertThat(entry.source()).isEqualTo("check-in");
        entry.correctCheckIn(answers(7.5, 3, 2, null), CheckInPain.NONE, AT.plusSeconds(60));
        assertThat(entry.checkedInAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(entry.details()).isEqualTo(answers(7.5, 3, 2, null));
        assertThat(entry.checkInPain()).isEqualTo(CheckInPain.NONE);
        assertThat(entry.isCheckIn()).isTrue();
    }

    @Test
    void aCoachsChangeWinsAndTheEntryIsNoLongerTheAthletes() {
        WellnessEntry entry = WellnessEntry.checkedIn(1, answers(6.0, 5, 4, null), CheckInPain.NONE, AT);
        entry.revise(answers(6.5, 5, 4, null));
        assertThat(entry.source()).isEqualTo("api");
        assertThat(entry.checkedInAt()).as("it still counts as the athlete's response").isEqualTo(AT);
        assertThatThrownBy(() -> entry.correctCheckIn(answers(8.0, 1, 1, null), CheckInPain.NONE, AT))
                .isInstanceOf(InvalidValueException.class);
        assertThat(entry.details().sleepHours()).isEqualTo(6.5);
    }

    @Test
    void onACoachsEntryTheCheckInOnlyFillsWhatIsMissingAndNamesWhatWasKept() {
        WellnessEntry coach = new WellnessEntry(1, new WellnessDetails(DAY, 6.0, null, null, null, 5, null, null, null, "calf tight"));
        assertThat(coach.checkedInAt()).isNull();
        var kept = coach.fillFromCheckIn(new WellnessDetails(DAY, 8.0, 2, 49, 70.0, 5, 2, 1, 2, "knee, dull pain 3/10"), KNEE, AT);
        assertThat(coach.checkedInAt()).isEqualTo(AT);
        assertThat(kept).containsExactly("sleepHours", "painNote");
        assertThat(coach.details()).isEqualTo(new WellnessDetails(DAY, 6.0, 2, 49, 70.0, 5, 2, 1, 2, "calf tight"));
        assertThat(coach.source()).isEqualTo("api");
        assertThat(coach.checkInPain()).isEqualTo(KNEE);
        // a second check-in the same day: the pain answers recorded first are kept as well
        assertThat(coach.fillFromCheckIn(new WellnessDetails(DAY, 8.0, 2, 49, 70.0, 5, 2, 1, 2, null),
                new CheckInPain("calf", "sharp", 7, null), AT)).containsExactly("sleepHours", "pain");
        assertThat(coach.checkInPain()).isEqualTo(KNEE);
    }

    @Test
    void painAnswersBecomeThePainNoteTheRulesRead() {
        assertThat(new CheckInPain("achilles", "sharp", 6, "on the stairs").painNote()).isEqualTo("achilles, sharp pain 6/10: on the stairs");
        assertThat(new CheckInPain(null, null, 2, null).painNote()).isEqualTo("pain 2/10");
        assertThat(new CheckInPain("Hamstring", "DULL", 4, null).painNote()).isEqualTo("hamstring, dull pain 4/10");
        assertThat(new CheckInPain(null, null, 0, "slept badly").painNote()).isEqualTo("slept badly");
        assertThat(new CheckInPain(null, null, 0, " ").painNote()).isNull();
        assertThatThrownBy(() -> new CheckInPain("knee", null, 0, null)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("painScore");
    }
}
