package app.loadwise.recovery.engine;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.IsoWeek;
import java.util.List;

/** Engine inputs as tests write them: a profile without heart rates, a complete week under the default settings. */
public final class EngineInputs {

    private EngineInputs() {
    }

    /** A profile with no heart-rate data: loads come from session-RPE or session-type defaults. */
    public static AthleteProfile profile(String athleteId, Sex sex, ExperienceLevel level) {
        return new AthleteProfile(athleteId, sex, level, null, null, null);
    }

    /** A complete week (as of its Sunday) with the default rule settings. */
    public static AssessmentInput completeWeek(AthleteProfile athlete, List<TrainingSession> sessions,
                                               List<WellnessEntry> wellness, IsoWeek week) {
        return new AssessmentInput(athlete, sessions, wellness, RuleSettings.defaults(), week, week.sunday());
    }
}
