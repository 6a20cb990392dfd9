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
import app.loadwise.recovery.engine.TrainingSession;
import app.loadwise.recovery.engine.WeeklyAssessment;
import app.loadwise.recovery.engine.WellnessEntry;
import java.util.ArrayList;
import java.util.List;

/** Turns an athlete's stored training log into engine records and assesses the requested weeks. */
public final class AthleteScorer {

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

    /** The athlete's stored profile as the engine reads it; both check the ranges of {@code InputLimits}. */
    static app.loadwise.recovery.engine.AthleteProfile profile(AthleteScoringInput input) {
        AthleteProfile p = input.athlete().profile();
        return new app.loadwise.recovery.engine.AthleteProfile(String.valueOf(input.athleteId()), p.sex(), p.level(),
                p.maxHr(), p.restingHr(), p.birthYear());
    }

    /** The stored rows as one engine log, one record per row; a value out of range fails naming its field. */
    static TrainingLog log(List<SessionRow> sessions, List<WellnessRow> wellness) {
        List<TrainingSession> sessionRecords = new ArrayList<>(sessions.size());
        for (SessionRow row : sessions) {
            sessionRecords.add(session(row));
        }
        List<WellnessEntry> entries = new ArrayList<>(wellness.size());
        for (WellnessRow row : wellness) {
            entries.add(wellness(row));
        }
        return TrainingLog.of(sessionRecords, entries);
    }

    static TrainingSession session(SessionRow row) {
        return TrainingSession.of(String.valueOf(row.id()), row.date(), row.type(), orNaN(row.movingMinutes()),
                        decimal(row.rpe()))
                .withStartTime(row.startTime())
                .withElapsedMinutes(orNaN(row.elapsedMinutes()))
                .withDistanceKm(orNaN(row.distanceKm()))
                .withHeartRate(orNone(row.avgHr()), orNone(row.maxHr()))
                .withWarmUpMinutes(decimal(row.warmUpMinutes()))
                .withRefuel(decimal(row.refuelMinutes()), decimal(row.carbsG()), decimal(row.proteinG()))
                .withPain(row.pain(), row.painLocation(), orNone(row.painScore()))
                .withMuscleSoreness(orNone(row.muscleSoreness()))
                .withNotes(row.notes())
                .withExcluded(row.excluded());
    }

    static WellnessEntry wellness(WellnessRow row) {
        return new WellnessEntry(row.date(), orNaN(row.sleepHours()), orNone(row.sleepQuality()),
                orNone(row.restingHr()), orNaN(row.hrvMs()), orNone(row.fatigue()), orNone(row.stress()),
                orNone(row.mood()), orNone(row.soreness()), row.painNote());
    }

    private static double decimal(Integer value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
