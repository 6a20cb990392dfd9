package app.loadwise.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.WellnessDetails;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckInAnswersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static CheckInRequest answers(Double sleep, Integer quality, Integer fatigue, Integer painScore, String where,
                                          String kind, String note) {
        return new CheckInRequest(sleep, quality, fatigue, 3, 2, 2, 48, null, painScore, where, kind, note);
    }

    @Test
    void turnsAnswersIntoTheDaysWellnessWithThePainInItsNote() {
        CheckInAnswers.Checked checked = CheckInAnswers.check(answers(7.5, 3, 4, 6, "achilles", "sharp", "felt it on the stairs"), DAY);
        assertThat(checked.details().date()).isEqualTo(DAY);
        assertThat(checked.details().sleepHours()).isEqualTo(7.5);
        assertThat(checked.details().fatigue()).isEqualTo(4);
        assertThat(checked.details().restingHr()).isEqualTo(48);
        assertThat(checked.details().painNote()).isEqualTo("achilles, sharp pain 6/10: felt it on the stairs");
        assertThat(checked.pain().location()).isEqualTo("achilles");
    }

    @Test
    void noPainKeepsOnlyTheNote() {
        assertThat(CheckInAnswers.check(answers(8.0, 2, 2, 0, null, null, "great run yesterday"), DAY).details().painNote())
                .isEqualTo("great run yesterday");
        assertThat(CheckInAnswers.check(answers(8.0, 2, 2, null, null, null, null), DAY).details().painNote()).isNull();
    }

    @Test
    void namesEveryAnswerAtFaultWithTheWellnessApisMessages() {
        CheckInRequest bad = new CheckInRequest(17.0, 8, 0, 3, 2, 2, 20, 400.0, 11, "elbow", "burning", null);
        assertThatThrownBy(() -> CheckInAnswers.check(bad, DAY)).isInstanceOfSatisfying(CheckInAnswers.Invalid.class, e -> {
            assertThat(e.errors()).extracting(InvalidValueException::field)
                    .containsExactly("sleepHours", "sleepQuality", "restingHr", "hrvMs", "fatigue", "painScore", "painLocation",
                            "painKind");
            // the wellness API's own words for the same values
            assertThat(e.errors().get(0).getMessage()).isEqualTo(wellnessApiSays(() -> new WellnessDetails(DAY, 17.0, null, null,
                    null, null, null, null, null, null))).contains("sleep must be");
            assertThat(e.errors().get(2).getMessage()).isEqualTo(wellnessApiSays(() -> new WellnessDetails(DAY, null, null, 20,
                    null, null, null, null, null, null))).contains("resting HR");
            assertThat(e.errors().get(4).getMessage()).isEqualTo(wellnessApiSays(() -> new WellnessDetails(DAY, null, null, null,
                    null, 0, null, null, null, null))).contains("fatigue");
            assertThat(e.errors().get(5).getMessage()).isEqualTo("pain must be between 0 and 10");
            assertThat(e.errors().get(6).getMessage()).startsWith("unknown body location 'elbow'; use achilles, calf");
            assertThat(e.getMessage()).isEqualTo("8 answers need a look");
        });
    }

    private static String wellnessApiSays(Runnable construct) {
        try {
            construct.run();
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
        throw new AssertionError("the wellness rules accepted the value");
    }

    @Test
    void checksThePainAnswers() {
        assertThatThrownBy(() -> CheckInAnswers.check(answers(7.0, 3, 3, 11, null, null, null), DAY))
                .isInstanceOfSatisfying(CheckInAnswers.Invalid.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("painScore"));
        assertThatThrownBy(() -> CheckInAnswers.check(answers(7.0, 3, 3, 4, null, "burning", null), DAY))
                .isInstanceOfSatisfying(CheckInAnswers.Invalid.class, e -> assertThat(e.errors().get(0))
                        .extracting(InvalidValueException::field, InvalidValueException::getMessage)
                        .containsExactly("painKind", "pain must be 'sharp' or 'dull'"));
        assertThatThrownBy(() -> CheckInAnswers.check(answers(7.0, 3, 3, 0, "knee", "dull", null), DAY))
                .isInstanceOfSatisfying(CheckInAnswers.Invalid.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("painScore"));
        assertThatThrownBy(() -> CheckInAnswers.check(answers(7.0, 3, 3, null, null, null, "x".repeat(301)), DAY))
                .isInstanceOfSatisfying(CheckInAnswers.Invalid.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("note"));
    }

    @Test
    void anEmptyCheckInAsksForOneAnswer() {
        CheckInRequest none = new CheckInRequest(null, null, null, null, null, null, null, null, null, null, null, " ");
        assertThatThrownBy(() -> CheckInAnswers.check(none, DAY)).isInstanceOfSatisfying(CheckInAnswers.Invalid.class, e ->
                assertThat(e.errors()).extracting(InvalidValueException::field, InvalidValueException::getMessage)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("answers", "answer at least one question")));
    }
}
