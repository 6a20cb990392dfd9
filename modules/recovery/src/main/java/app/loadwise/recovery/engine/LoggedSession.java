package app.loadwise.recovery.engine;

import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.engine.metrics.SessionLoads;

/**
 * A session as the rules read it: the logged record with its load, the method that gave the load, and whether it
 * counts as hard (hard by type, or a long run from the club's duration or load threshold).
 */
record LoggedSession(TrainingSession session, double load, LoadMethod method, boolean hard) {

    /**
     * The session's load: session-RPE when RPE was recorded; else TRIMP in session-RPE units when the athlete's sex,
     * maximum heart rate (recorded, or estimated from the birth year in {@code year}) and resting heart rate allow
     * it and the session has an average heart rate; else the type's typical RPE x minutes. Without moving minutes
     * the load is unknown (a rest session's is 0).
     */
    static LoggedSession of(TrainingSession s, AthleteProfile athlete, int year, LevelRules.HardSessions hardLong) {
        double moving = s.movingMinutes();
        double load;
        LoadMethod method;
        if (Double.isNaN(moving)) {
            load = 0;
            method = s.type() == SessionType.REST ? LoadMethod.TYPE_DEFAULT : LoadMethod.UNKNOWN;
        } else if (!Double.isNaN(s.rpe())) {
            load = SessionLoads.sessionRpe(s.rpe(), moving);
            method = LoadMethod.SESSION_RPE;
        } else if (TrainingSession.recorded(s.avgHeartRate()) && trimpPossible(athlete, year)) {
            load = SessionLoads.trimpAsSessionRpe(moving, s.avgHeartRate(), restingHeartRate(athlete),
                    maxHeartRate(athlete, year), athlete.sex());
            method = LoadMethod.TRIMP;
        } else {
            load = moving * SessionLoads.typicalRpe(s.type());
            method = LoadMethod.TYPE_DEFAULT;
        }
        boolean hard = s.type().isHard() || (s.type() == SessionType.LONG
                && (moving >= hardLong.longRunMinutes()
                || (method != LoadMethod.UNKNOWN && load >= hardLong.longRunLoad())));
        return new LoggedSession(s, load, method, hard);
    }

    private static boolean trimpPossible(AthleteProfile athlete, int year) {
        return athlete.sex() != Sex.UNSPECIFIED && maxHeartRate(athlete, year) > restingHeartRate(athlete);
    }

    /** Recorded, or estimated from age in {@code year} (Tanaka); NaN when neither is possible. */
    private static double maxHeartRate(AthleteProfile athlete, int year) {
        if (athlete.maxHeartRate() != null) {
            return athlete.maxHeartRate();
        }
        return athlete.birthYear() != null ? SessionLoads.tanakaMaxHeartRate(year - athlete.birthYear()) : Double.NaN;
    }

    private static double restingHeartRate(AthleteProfile athlete) {
        return athlete.restingHeartRate() != null ? athlete.restingHeartRate() : Double.NaN;
    }

    String id() {
        return session.id();
    }

    SessionType type() {
        return session.type();
    }

    boolean isSpeedWork() {
        return session.type().isSpeedWork();
    }

    boolean isRun() {
        return session.type().isRun();
    }

    /** Easy, recovery, rest, cross-training or strength: fine the day after a hard session. */
    boolean isBuffer() {
        return session.type().isBuffer();
    }

    boolean isLongRun() {
        return session.type() == SessionType.LONG;
    }

    boolean loadKnown() {
        return method != LoadMethod.UNKNOWN;
    }

    /** The session as findings name it, e.g. "intervals (45 min)". */
    String text() {
        return FindingFormat.session(session.type(), session.movingMinutes());
    }
}
