package app.loadwise.checkin;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.CheckInPain;
import app.loadwise.domain.training.WellnessDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a check-in with the wellness API's own rules ({@link WellnessDetails}) and the pain answers' rules
 * ({@link CheckInPain}), field by field, so that every answer at fault is named at once.
 */
public final class CheckInAnswers {

    /** The answers as the day's wellness values and pain answers. */
    public record Checked(WellnessDetails details, CheckInPain pain) {
    }

    /** Answers that break a rule, each named with its message. */
    public static class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<InvalidValueException> errors;

        Invalid(List<InvalidValueException> errors) {
            super(errors.size() == 1 ? errors.get(0).getMessage() : errors.size() + " answers need a look");
            this.errors = List.copyOf(errors);
        }

        public List<InvalidValueException> errors() {
            return errors;
        }
    }

    private CheckInAnswers() {
    }

    public static Checked check(CheckInRequest r, LocalDate day) {
        List<InvalidValueException> errors = new ArrayList<>();
        // each value alone through the wellness rules: a rule names its own field
        field(errors, r.sleepHours(), () -> new WellnessDetails(day, r.sleepHours(), null, null, null, null, null, null, null, null));
        field(errors, r.sleepQuality(), () -> new WellnessDetails(day, null, r.sleepQuality(), null, null, null, null, null, null, null));
        field(errors, r.restingHr(), () -> new WellnessDetails(day, null, null, r.restingHr(), null, null, null, null, null, null));
        field(errors, r.hrvMs(), () -> new WellnessDetails(day, null, null, null, r.hrvMs(), null, null, null, null, null));
        field(errors, r.fatigue(), () -> new WellnessDetails(day, null, null, null, null, r.fatigue(), null, null, null, null));
        field(errors, r.stress(), () -> new WellnessDetails(day, null, null, null, null, null, r.stress(), null, null, null));
        field(errors, r.mood(), () -> new WellnessDetails(day, null, null, null, null, null, null, r.mood(), null, null));
        field(errors, r.soreness(), () -> new WellnessDetails(day, null, null, null, null, null, null, null, r.soreness(), null));
        // the pain answers one by one too, then together (where and what kind need how much)
        pain(errors, r.painScore(), () -> new CheckInPain(null, null, r.painScore(), null));
        pain(errors, r.painLocation(), () -> new CheckInPain(r.painLocation(), null, 1, null));
        pain(errors, r.painKind(), () -> new CheckInPain(null, r.painKind(), 1, null));
        pain(errors, r.note(), () -> new CheckInPain(null, null, null, r.note()));
        CheckInPain pain = null;
        if (errors.isEmpty()) {
            try {
                pain = new CheckInPain(r.painLocation(), r.painKind(), r.painScore(), r.note());
            } catch (InvalidValueException e) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        try {
            return new Checked(new WellnessDetails(day, r.sleepHours(), r.sleepQuality(), r.restingHr(), r.hrvMs(), r.fatigue(),
                    r.stress(), r.mood(), r.soreness(), pain.painNote()), pain);
        } catch (InvalidValueException e) {
            if ("date".equals(e.field())) {
                // nothing answered: no day of its own to blame
                throw new Invalid(List.of(new InvalidValueException("answers", "answer at least one question")));
            }
            throw new Invalid(List.of(e));
        }
    }

    private static void pain(List<InvalidValueException> errors, Object value, Supplier<CheckInPain> alone) {
        if (value == null) {
            return;
        }
        try {
            alone.get();
        } catch (InvalidValueException e) {
            errors.add(e);
        }
    }

    private static void field(List<InvalidValueException> errors, Object value, Supplier<WellnessDetails> alone) {
        if (value == null) {
            return;
        }
        try {
            alone.get();
        } catch (InvalidValueException e) {
            errors.add(e);
        }
    }
}
