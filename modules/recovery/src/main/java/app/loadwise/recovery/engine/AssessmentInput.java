package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything needed to assess one athlete-week. The log holds the sessions and wellness of at least the 63 days
 * before the week's Monday (older records are ignored). {@code asOf} is the last day whose records are
 * known: before the week's Sunday the assessment is provisional and later records are ignored.
 */
public record AssessmentInput(
        AthleteProfile athlete,
        TrainingLog log,
        RuleSettings settings,
        IsoWeek week,
        LocalDate asOf) {

    public AssessmentInput {
        InvalidValueException.require(athlete != null, "athlete", "athlete profile is required");
        InvalidValueException.require(week != null, "week", "week is required");
        InvalidValueException.require(asOf != null, "asOf", "as-of date is required");
        if (asOf.isBefore(week.monday())) {
            throw new InvalidValueException("asOf", "as-of date " + asOf + " is before week " + week + " begins");
        }
        log = log == null ? TrainingLog.empty() : log;
        settings = settings == null ? RuleSettings.defaults() : settings;
    }

    /** An input from record lists (null for none). */
    public AssessmentInput(AthleteProfile athlete, List<TrainingSession> sessions, List<WellnessEntry> wellness,
                           RuleSettings settings, IsoWeek week, LocalDate asOf) {
        this(athlete, TrainingLog.of(sessions, wellness), settings, week, asOf);
    }

    /** The log's sessions as records, in input order. */
    public List<TrainingSession> sessions() {
        return log.sessions();
    }

    /** The log's wellness entries as records, in input order. */
    public List<WellnessEntry> wellness() {
        return log.wellness();
    }
}
