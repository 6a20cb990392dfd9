package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An athlete's sessions and wellness entries as the engine reads them, in input order. Scoring reads a few values
 * of every record, so those sit side by side in one array read front to back: per session its date (epoch day),
 * type, whether it is excluded, moving minutes, RPE, distance and average heart rate ({@link #SESSION_VALUES}
 * doubles); per wellness
 * entry its date and every value the figures use ({@link #WELLNESS_VALUES} doubles, NaN when not recorded). That
 * costs far less than an object per record, whose fields the processor has to fetch from all over memory. The
 * values the rules read only for the assessed week's sessions sit together per session ({@link #DETAILS} doubles
 * each). Build it with a {@link Builder}, which checks every value as {@link TrainingSession} and
 * {@link WellnessEntry} do; the nightly job fills one from the stored rows and assesses both of its weeks from it.
 * Immutable once built.
 */
public final class TrainingLog {

    private static final SessionType[] TYPES = SessionType.values();

    /** Doubles per session in {@link #sessionValues}, and where each value sits. */
    static final int SESSION_VALUES = 7;
    static final int S_DAY = 0;
    static final int S_TYPE = 1;
    static final int S_EXCLUDED = 2;
    static final int S_MOVING = 3;
    static final int S_RPE = 4;
    static final int S_DISTANCE = 5;
    /** Average heart rate, NaN when not recorded. */
    static final int S_AVG_HR = 6;

    /** Doubles per session in {@link #details}, and where each value sits. */
    static final int DETAILS = 8;
    private static final int D_ELAPSED = 0;
    private static final int D_WARM_UP = 1;
    private static final int D_REFUEL = 2;
    private static final int D_CARBS = 3;
    private static final int D_PROTEIN = 4;
    private static final int D_PAIN_SCORE = 5;
    private static final int D_SORENESS = 6;
    private static final int D_PAIN = 7;

    /** Doubles per wellness entry in {@link #wellnessValues}, and where each value sits. */
    static final int WELLNESS_VALUES = 9;
    static final int W_DAY = 0;
    static final int W_RESTING_HR = 1;
    static final int W_HRV = 2;
    static final int W_SLEEP_QUALITY = 3;
    static final int W_FATIGUE = 4;
    static final int W_STRESS = 5;
    static final int W_MOOD = 6;
    static final int W_SORENESS = 7;
    static final int W_SLEEP_HOURS = 8;

    private static final TrainingLog EMPTY = new Builder(0, 0).build();

    final int sessionCount;
    final double[] sessionValues;
    final String[] sessionId;
    final String[] painLocation;
    final String[] notes;
    private final double[] details;
    private final short[] maxHeartRate;
    private final LocalTime[] startTime;

    final int wellnessCount;
    final double[] wellnessValues;
    final String[] painNote;

    /** The record lists this log was made from ({@link #of}), handed back as they were; null when built from values. */
    private final List<TrainingSession> sessionRecords;
    private final List<WellnessEntry> wellnessRecords;

    private TrainingLog(Builder b, List<TrainingSession> sessionRecords, List<WellnessEntry> wellnessRecords) {
        sessionCount = b.sessions;
        sessionValues = b.sessionValues;
        sessionId = b.sessionId;
        painLocation = b.painLocation;
        notes = b.notes;
        details = b.details;
        maxHeartRate = b.maxHeartRate;
        startTime = b.startTime;
        wellnessCount = b.entries;
        wellnessValues = b.wellnessValues;
        painNote = b.painNote;
        this.sessionRecords = sessionRecords;
        this.wellnessRecords = wellnessRecords;
    }

    /** A log with no records. */
    public static TrainingLog empty() {
        return EMPTY;
    }

    /** A log of these records, in this order; {@link #sessions()} and {@link #wellness()} hand them back. */
    public static TrainingLog of(List<TrainingSession> sessions, List<WellnessEntry> wellness) {
        List<TrainingSession> s = sessions == null ? List.of() : List.copyOf(sessions);
        List<WellnessEntry> w = wellness == null ? List.of() : List.copyOf(wellness);
        Builder builder = new Builder(s.size(), w.size());
        for (TrainingSession session : s) {
            builder.add(session);
        }
        for (WellnessEntry entry : w) {
            builder.add(entry);
        }
        return builder.build(s, w);
    }

    /** A builder expecting about this many sessions and wellness entries (it grows when given more). */
    public static Builder builder(int sessions, int wellnessEntries) {
        return new Builder(sessions, wellnessEntries);
    }

    public int sessionCount() {
        return sessionCount;
    }

    public int wellnessCount() {
        return wellnessCount;
    }

    /** The session at {@code index} (input order) as a record. */
    public TrainingSession session(int index) {
        Objects.checkIndex(index, sessionCount);
        int at = index * SESSION_VALUES;
        int d = index * DETAILS;
        return new TrainingSession(sessionId[index], LocalDate.ofEpochDay((long) sessionValues[at + S_DAY]),
                startTime[index], type(index), sessionValues[at + S_MOVING], details[d + D_ELAPSED],
                sessionValues[at + S_DISTANCE], sessionValues[at + S_RPE], whole(sessionValues[at + S_AVG_HR]), maxHeartRate[index],
                details[d + D_WARM_UP], details[d + D_REFUEL], details[d + D_CARBS], details[d + D_PROTEIN],
                details[d + D_PAIN] != 0, painLocation[index], (int) details[d + D_PAIN_SCORE],
                (int) details[d + D_SORENESS], sessionValues[at + S_EXCLUDED] != 0, notes[index]);
    }

    /** The wellness entry at {@code index} (input order) as a record. */
    public WellnessEntry wellnessEntry(int index) {
        Objects.checkIndex(index, wellnessCount);
        int at = index * WELLNESS_VALUES;
        double[] v = wellnessValues;
        return new WellnessEntry(LocalDate.ofEpochDay((long) v[at + W_DAY]), v[at + W_SLEEP_HOURS],
                whole(v[at + W_SLEEP_QUALITY]), whole(v[at + W_RESTING_HR]), v[at + W_HRV],
                whole(v[at + W_FATIGUE]), whole(v[at + W_STRESS]), whole(v[at + W_MOOD]), whole(v[at + W_SORENESS]),
                painNote[index]);
    }

    /** Every session as a record, in input order. */
    public List<TrainingSession> sessions() {
        if (sessionRecords != null) {
            return sessionRecords;
        }
        List<TrainingSession> all = new ArrayList<>(sessionCount);
        for (int i = 0; i < sessionCount; i++) {
            all.add(session(i));
        }
        return Collections.unmodifiableList(all);
    }

    /** Every wellness entry as a record, in input order. */
    public List<WellnessEntry> wellness() {
        if (wellnessRecords != null) {
            return wellnessRecords;
        }
        List<WellnessEntry> all = new ArrayList<>(wellnessCount);
        for (int i = 0; i < wellnessCount; i++) {
            all.add(wellnessEntry(i));
        }
        return Collections.unmodifiableList(all);
    }

    SessionType type(int index) {
        return TYPES[(int) sessionValues[index * SESSION_VALUES + S_TYPE]];
    }

    double movingMinutes(int index) {
        return sessionValues[index * SESSION_VALUES + S_MOVING];
    }

    double distanceKm(int index) {
        return sessionValues[index * SESSION_VALUES + S_DISTANCE];
    }

    double warmUpMinutes(int index) {
        return details[index * DETAILS + D_WARM_UP];
    }

    double refuelMinutesAfter(int index) {
        return details[index * DETAILS + D_REFUEL];
    }

    double carbsGrams(int index) {
        return details[index * DETAILS + D_CARBS];
    }

    double proteinGrams(int index) {
        return details[index * DETAILS + D_PROTEIN];
    }

    int painScore(int index) {
        return (int) details[index * DETAILS + D_PAIN_SCORE];
    }

    boolean pain(int index) {
        return details[index * DETAILS + D_PAIN] != 0;
    }

    /** A whole number as the log holds it (NaN when not recorded) back as the records hold it. */
    private static int whole(double value) {
        return Double.isNaN(value) ? TrainingSession.NOT_RECORDED : (int) value;
    }

    /** A whole number as the records hold it ({@link TrainingSession#NOT_RECORDED}) as the log holds it: NaN. */
    private static double decimal(int value) {
        return value == TrainingSession.NOT_RECORDED ? Double.NaN : value;
    }

    /** Equal when they hold the same records in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingLog log && sessions().equals(log.sessions()) && wellness().equals(log.wellness());
    }

    @Override
    public int hashCode() {
        return 31 * sessions().hashCode() + wellness().hashCode();
    }

    @Override
    public String toString() {
        return "TrainingLog[" + sessionCount + " sessions, " + wellnessCount + " wellness entries]";
    }

    /** Fills a {@link TrainingLog} one record at a time; each record is checked before anything of it is written. Single use. */
    public static final class Builder {

        private int sessions;
        private double[] sessionValues;
        private String[] sessionId;
        private String[] painLocation;
        private String[] notes;
        private double[] details;
        private short[] maxHeartRate;
        private LocalTime[] startTime;

        private int entries;
        private double[] wellnessValues;
        private String[] painNote;
        private boolean built;

        private Builder(int sessionCapacity, int wellnessCapacity) {
            InvalidValueException.require(sessionCapacity >= 0 && wellnessCapacity >= 0, "capacity",
                    "expected record counts cannot be negative");
            sessionValues = new double[sessionCapacity * SESSION_VALUES];
            sessionId = new String[sessionCapacity];
            painLocation = new String[sessionCapacity];
            notes = new String[sessionCapacity];
            details = new double[sessionCapacity * DETAILS];
            maxHeartRate = new short[sessionCapacity];
            startTime = new LocalTime[sessionCapacity];
            wellnessValues = new double[wellnessCapacity * WELLNESS_VALUES];
            painNote = new String[wellnessCapacity];
        }

        /** Adds a session; the values are checked as {@link TrainingSession}'s constructor checks them. */
        public Builder session(String id, LocalDate date, LocalTime start, SessionType sessionType, double moving,
                               double elapsed, double km, double sessionRpe, int avgHr, int maxHr, double warmUp,
                               double refuelAfter, double carbs, double protein, boolean painFlag, String location,
                               int painScoreValue, int muscleSorenessValue, boolean exclude) {
            return session(id, date, start, sessionType, moving, elapsed, km, sessionRpe, avgHr, maxHr, warmUp,
                    refuelAfter, carbs, protein, painFlag, location, painScoreValue, muscleSorenessValue, exclude, null);
        }

        /** Adds a session with its free-text notes (read for pain reports); otherwise as the method above. */
        public Builder session(String id, LocalDate date, LocalTime start, SessionType sessionType, double moving,
                               double elapsed, double km, double sessionRpe, int avgHr, int maxHr, double warmUp,
                               double refuelAfter, double carbs, double protein, boolean painFlag, String location,
                               int painScoreValue, int muscleSorenessValue, boolean exclude, String sessionNotes) {
            requireOpen();
            TrainingSession.check(id, date, sessionType, moving, elapsed, km, sessionRpe, avgHr, maxHr, warmUp,
                    refuelAfter, carbs, protein, painScoreValue, muscleSorenessValue);
            int day = epochDay(date);
            if (sessions == sessionId.length) {
                growSessions();
            }
            int i = sessions++;
            int at = i * SESSION_VALUES;
            sessionValues[at + S_DAY] = day;
            sessionValues[at + S_TYPE] = sessionType.ordinal();
            sessionValues[at + S_EXCLUDED] = exclude ? 1 : 0;
            sessionValues[at + S_MOVING] = moving;
            sessionValues[at + S_RPE] = sessionRpe;
            sessionValues[at + S_DISTANCE] = km;
            sessionValues[at + S_AVG_HR] = decimal(avgHr);
            sessionId[i] = id;
            painLocation[i] = location;
            notes[i] = sessionNotes;
            int d = i * DETAILS;
            details[d + D_ELAPSED] = elapsed;
            details[d + D_WARM_UP] = warmUp;
            details[d + D_REFUEL] = refuelAfter;
            details[d + D_CARBS] = carbs;
            details[d + D_PROTEIN] = protein;
            details[d + D_PAIN_SCORE] = painScoreValue;
            details[d + D_SORENESS] = muscleSorenessValue;
            details[d + D_PAIN] = painFlag ? 1 : 0;
            maxHeartRate[i] = (short) maxHr;
            startTime[i] = start;
            return this;
        }

        /** Adds a wellness entry; the values are checked as {@link WellnessEntry}'s constructor checks them. */
        public Builder wellness(LocalDate date, double sleep, int sleepQuality, int restingHr, double hrv, int fatigue,
                                int stress, int mood, int soreness, String note) {
            requireOpen();
            WellnessEntry.check(date, sleep, sleepQuality, restingHr, hrv, fatigue, stress, mood, soreness);
            int day = epochDay(date);
            if (entries == painNote.length) {
                growWellness();
            }
            int i = entries++;
            int at = i * WELLNESS_VALUES;
            wellnessValues[at + W_DAY] = day;
            wellnessValues[at + W_RESTING_HR] = decimal(restingHr);
            wellnessValues[at + W_HRV] = hrv;
            wellnessValues[at + W_SLEEP_QUALITY] = decimal(sleepQuality);
            wellnessValues[at + W_FATIGUE] = decimal(fatigue);
            wellnessValues[at + W_STRESS] = decimal(stress);
            wellnessValues[at + W_MOOD] = decimal(mood);
            wellnessValues[at + W_SORENESS] = decimal(soreness);
            wellnessValues[at + W_SLEEP_HOURS] = sleep;
            painNote[i] = note;
            return this;
        }

        public Builder add(TrainingSession s) {
            return session(s.id(), s.date(), s.startTime(), s.type(), s.movingMinutes(), s.elapsedMinutes(),
                    s.distanceKm(), s.rpe(), s.avgHeartRate(), s.maxHeartRate(), s.warmUpMinutes(),
                    s.refuelMinutesAfter(), s.carbsGrams(), s.proteinGrams(), s.pain(), s.painLocation(),
                    s.painScore(), s.muscleSoreness(), s.excluded(), s.notes());
        }

        public Builder add(WellnessEntry w) {
            return wellness(w.date(), w.sleepHours(), w.sleepQuality(), w.restingHeartRate(), w.hrvRmssdMs(),
                    w.fatigue(), w.stress(), w.mood(), w.soreness(), w.painNote());
        }

        public TrainingLog build() {
            return build(null, null);
        }

        private TrainingLog build(List<TrainingSession> sessionRecords, List<WellnessEntry> wellnessRecords) {
            requireOpen();
            built = true;
            return new TrainingLog(this, sessionRecords, wellnessRecords);
        }

        private void requireOpen() {
            if (built) {
                throw new IllegalStateException("this builder has already built its log");
            }
        }

        /** The epoch day of a date, which must fit an int (years up to about 5.8 million either side). */
        private static int epochDay(LocalDate date) {
            long day = date.toEpochDay();
            if (day < Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
                throw new InvalidValueException("date", "date " + date + " is out of range");
            }
            return (int) day;
        }

        private void growSessions() {
            int n = Math.max(16, 2 * sessionId.length);
            sessionValues = Arrays.copyOf(sessionValues, n * SESSION_VALUES);
            sessionId = Arrays.copyOf(sessionId, n);
            painLocation = Arrays.copyOf(painLocation, n);
            notes = Arrays.copyOf(notes, n);
            details = Arrays.copyOf(details, n * DETAILS);
            maxHeartRate = Arrays.copyOf(maxHeartRate, n);
            startTime = Arrays.copyOf(startTime, n);
        }

        private void growWellness() {
            int n = Math.max(16, 2 * painNote.length);
            wellnessValues = Arrays.copyOf(wellnessValues, n * WELLNESS_VALUES);
            painNote = Arrays.copyOf(painNote, n);
        }
    }
}
