package app.loadwise.recovery.engine;

import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of an athlete's history: what is known about its training ({@link DayStatus}), its sessions in the order
 * logged (excluded sessions left out) and its wellness entry (the last one logged for the day, or null). What the
 * rules ask of a day's sessions is worked out once, when the day is made. Wellness values read NaN when not
 * recorded. Immutable.
 */
final class Day {

    private final LocalDate date;
    private final long epochDay;
    private final DayStatus status;
    private final List<LoggedSession> sessions;
    private final WellnessEntry wellness;
    /** The wellness entry's values as the figures read them (NaN when not recorded), read out of it once. */
    private final double sleepHours;
    private final double restingHeartRate;
    private final double hrv;
    private final double sleepQuality;
    private final double fatigue;
    private final double stress;
    private final double mood;
    private final double soreness;
    private final double load;
    private final boolean hard;
    private final boolean speedWork;
    private final boolean longRun;
    private final boolean nonBufferSession;
    private final int strengthSessions;
    private final double longestRunKm;
    private final double longestRunMinutes;

    /** {@code sessions} is an unmodifiable list, kept as given. */
    Day(LocalDate date, DayStatus status, List<LoggedSession> sessions, WellnessEntry wellness) {
        this.date = date;
        this.epochDay = date.toEpochDay();
        this.status = status;
        this.sessions = sessions;
        this.wellness = wellness;
        this.sleepHours = wellness == null ? Double.NaN : wellness.sleepHours();
        this.restingHeartRate = wellness == null ? Double.NaN : whole(wellness.restingHeartRate());
        this.hrv = wellness == null ? Double.NaN : wellness.hrvRmssdMs();
        this.sleepQuality = wellness == null ? Double.NaN : whole(wellness.sleepQuality());
        this.fatigue = wellness == null ? Double.NaN : whole(wellness.fatigue());
        this.stress = wellness == null ? Double.NaN : whole(wellness.stress());
        this.mood = wellness == null ? Double.NaN : whole(wellness.mood());
        this.soreness = wellness == null ? Double.NaN : whole(wellness.soreness());
        double sum = 0;
        boolean anyHard = false;
        boolean anySpeed = false;
        boolean anyLong = false;
        boolean anyNonBuffer = false;
        int strength = 0;
        double longestKm = 0;
        double longestMinutes = 0;
        for (LoggedSession s : sessions) {
            if (s.isRun()) {
                // NaN (not recorded) is never longer.
                longestKm = s.session().distanceKm() > longestKm ? s.session().distanceKm() : longestKm;
                longestMinutes = s.session().movingMinutes() > longestMinutes ? s.session().movingMinutes()
                        : longestMinutes;
            }
            if (s.loadKnown()) {
                sum += s.load();
            }
            anyHard |= s.hard();
            anySpeed |= s.isSpeedWork();
            anyLong |= s.isLongRun();
            anyNonBuffer |= !s.isBuffer();
            strength += s.type() == SessionType.STRENGTH ? 1 : 0;
        }
        this.load = sum;
        this.hard = anyHard;
        this.speedWork = anySpeed;
        this.longRun = anyLong;
        this.nonBufferSession = anyNonBuffer;
        this.strengthSessions = strength;
        this.longestRunKm = longestKm;
        this.longestRunMinutes = longestMinutes;
    }

    LocalDate date() {
        return date;
    }

    long epochDay() {
        return epochDay;
    }

    DayStatus status() {
        return status;
    }

    /** The day's sessions in the order logged. */
    List<LoggedSession> sessions() {
        return sessions;
    }

    /** Whether anything was logged: a session or a wellness entry. */
    boolean isRecorded() {
        return !sessions.isEmpty() || wellness != null;
    }

    boolean hasSession() {
        return !sessions.isEmpty();
    }

    /** A rest day, logged or implied by a short gap while logging. */
    boolean isRest() {
        return status == DayStatus.REST || status == DayStatus.IMPLIED_REST;
    }

    /** At least one hard session. */
    boolean isHard() {
        return hard;
    }

    boolean hasSpeedWork() {
        return speedWork;
    }

    boolean hasLongRun() {
        return longRun;
    }

    /** A session that is not easy, rest, cross-training or strength: the day cannot serve as a buffer day. */
    boolean hasNonBufferSession() {
        return nonBufferSession;
    }

    int strengthSessions() {
        return strengthSessions;
    }

    /** The sum of the loads that are known; 0 without any. */
    double load() {
        return load;
    }

    /** The day's load when its status says it is known (trained, rest or implied rest), NaN otherwise. */
    double knownLoad() {
        return status.loadKnown() ? load : Double.NaN;
    }

    /** The longest run by distance, 0 without a run with a distance. */
    double longestRunKm() {
        return longestRunKm;
    }

    /** The longest run by moving minutes, 0 without a run with moving minutes. */
    double longestRunMinutes() {
        return longestRunMinutes;
    }

    double sleepHours() {
        return sleepHours;
    }

    double restingHeartRate() {
        return restingHeartRate;
    }

    double hrv() {
        return hrv;
    }

    double sleepQuality() {
        return sleepQuality;
    }

    double fatigue() {
        return fatigue;
    }

    double stress() {
        return stress;
    }

    double mood() {
        return mood;
    }

    double soreness() {
        return soreness;
    }

    /** Hooper index: sleep quality + fatigue + stress + soreness; NaN unless all four were recorded. */
    double hooperIndex() {
        return sleepQuality + fatigue + stress + soreness;
    }

    String painNote() {
        return wellness == null ? null : wellness.painNote();
    }

    /** The day as findings write it, e.g. "Tue 3 Mar". */
    String text() {
        return FindingFormat.day(date);
    }

    private static double whole(int value) {
        return TrainingSession.recorded(value) ? value : Double.NaN;
    }
}
