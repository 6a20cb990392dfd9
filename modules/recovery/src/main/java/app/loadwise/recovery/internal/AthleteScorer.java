package app.loadwise.recovery.internal;

import static app.loadwise.recovery.engine.TrainingSession.orNaN;
import static app.loadwise.recovery.engine.TrainingSession.orNone;

import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.engine.AssessmentInput;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.TrainingLog;
import app.loadwise.recovery.engine.WeeklyAssessment;
import java.util.ArrayList;
import java.util.List;

/** Turns an athlete's stored training log into engine records and assesses the requested weeks. */
public final class AthleteScorer {

    private static final int ENGINE_MAX_HR = 240;

    private final RecoveryEngine engine = new RecoveryEngine();

    /** The assessments of the targets; a week with no records at all has no score (missing data is not rest). */
    public List<WeeklyAssessment> assess(AthleteScoringInput input, List<ScoringWeeks.Target> targets, RuleSettings settings) {
        app.loadwise.recovery.engine.AthleteProfile profile = profile(input);
        TrainingLog log = log(input.sessions(), input.wellness());
        List<AssessmentInput> weeks = new ArrayList<>(targets.size());
        for (ScoringWeeks.Target target : targets) {
            weeks.add(new AssessmentInput(profile, log, settings, target.week(), target.asOf()));
        }
        return engine.assessAll(weeks);
    }

    static app.loadwise.recovery.engine.AthleteProfile profile(AthleteScoringInput input) {
        AthleteProfile p = input.athlete().profile();
        Integer maxHr = p.maxHr() != null && p.maxHr() <= ENGINE_MAX_HR ? p.maxHr() : null;
        Integer restingHr = maxHr == null ? null : p.restingHr();
        return new app.loadwise.recovery.engine.AthleteProfile(String.valueOf(input.athleteId()), p.sex(), p.level(),
                maxHr, restingHr, p.birthYear());
    }

    /** The stored rows as one engine log, value by value, with no record object per row. */
    static TrainingLog log(List<SessionRow> sessions, List<WellnessRow> wellness) {
        TrainingLog.Builder log = TrainingLog.builder(sessions.size(), wellness.size());
        for (SessionRow d : sessions) {
            log.session(String.valueOf(d.id()), d.date(), d.startTime(), d.type(), orNaN(d.movingMinutes()),
                    orNaN(d.elapsedMinutes()), orNaN(d.distanceKm()), d.rpe() == null ? Double.NaN : d.rpe().doubleValue(),
                    orNone(d.avgHr()), orNone(d.maxHr()), toDouble(d.warmUpMinutes()), toDouble(d.refuelMinutes()),
                    toDouble(d.carbsG()), toDouble(d.proteinG()), d.pain(), d.painLocation(), orNone(d.painScore()),
                    orNone(d.muscleSoreness()), d.excluded(), d.notes());
        }
        for (WellnessRow d : wellness) {
            log.wellness(d.date(), orNaN(d.sleepHours()), orNone(d.sleepQuality()), orNone(d.restingHr()),
                    orNaN(d.hrvMs()), orNone(d.fatigue()), orNone(d.stress()), orNone(d.mood()), orNone(d.soreness()),
                    d.painNote());
        }
        return log.build();
    }

    private static double toDouble(Integer value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
