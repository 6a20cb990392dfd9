package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An athlete's sessions and wellness entries as the engine reads them, in input order. Scoring reads a few values
 * of every record (date, type, minutes, RPE...), so those are kept one array per value and read front to back,
 * which costs far less than one object per record. The values the rules read only for the assessed week's sessions
 * are kept together per session ({@link #DETAIL} doubles each), so a session's details are one memory read. Build it with a {@link Builder}, which validates every value as {@link TrainingSession} and
 * {@link WellnessEntry} do; the nightly job fills one straight from the stored rows and assesses both of its
 * weeks from it. Immutable once built.
 */
public final class TrainingLog {

    private static final SessionType[] TYPES = SessionType.values();
    private static final TrainingLog EMPTY = new Builder(0, 0).build();

    /** Doubles per session in {@link #detail}, and where each value sits. */
    static final int DETAIL = 8;
    private static final int ELAPSED = 0;
    private static final int WARM_UP = 1;
    private static final int REFUEL = 2;
    private static final int CARBS = 3;
    private static final int PROTEIN = 4;
    private static final int PAIN_SCORE = 5;
    private static final int SORENESS = 6;
    private static final int PAIN = 7;

    final int sessionCount;
    /** Epoch day of each session's local date. */
    final int[] sessionDay;
    final byte[] type;
    final boolean[] excluded;
    final double[] movingMinutes;
    final double[] rpe;
    final short[] avgHeartRate;
    final double[] distanceKm;
    final String[] sessionId;
    final String[] painLocation;
    /** Per session, {@link #DETAIL} values: elapsed, warm-up, refuel, carbs, protein, pain score, soreness, pain. */
    private final double[] detail;
    private final short[] maxHeartRate;
    private final LocalTime[] startTime;

    final int wellnessCount;
    final int[] wellnessDay;
    final double[] sleepHours;
    final short[] restingHeartRate;
    final double[] hrvRmssdMs;
    /** Hooper items, 1 to 7 or -1. */
    final byte[] sleepQuality;
    final byte[] fatigue;
    final byte[] stress;
    final byte[] mood;
    final byte[] soreness;
    final String[] painNote;

    /** The record lists this log was made from ({@link #of}), handed back as they were; null when built from values. */
    private final List<TrainingSession> sessionRecords;
    private final List<WellnessEntry> wellnessRecords;

    private TrainingLog(Builder b, List<TrainingSession> sessionRecords, List<WellnessEntry> wellnessRecords) {
        sessionCount = b.sessions;
        sessionDay = b.sessionDay;
        type = b.type;
        excluded = b.excluded;
        movingMinutes = b.movingMinutes;
        rpe = b.rpe;
        avgHeartRate = b.avgHeartRate;
        distanceKm = b.distanceKm;
        sessionId = b.sessionId;
        painLocation = b.painLocation;
        detail = b.detail;
        maxHeartRate = b.maxHeartRate;
        startTime = b.startTime;
        wellnessCount = b.entries;
        wellnessDay = b.wellnessDay;
        sleepHours = b.sleepHours;
        restingHeartRate = b.restingHeartRate;
        hrvRmssdMs = b.hrvRmssdMs;
        sleepQuality = b.sleepQuality;
        fatigue = b.fatigue;
        stress = b.stress;
        mood = b.mood;
        soreness = b.soreness;
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
        int at = index * DETAIL;
        return new TrainingSession(sessionId[index], LocalDate.ofEpochDay(sessionDay[index]), startTime[index],
                TYPES[type[index]], movingMinutes[index], detail[at + ELAPSED], distanceKm[index], rpe[index],
                avgHeartRate[index], maxHeartRate[index], detail[at + WARM_UP], detail[at + REFUEL],
                detail[at + CARBS], detail[at + PROTEIN], detail[at + PAIN] != 0, painLocation[index],
                (int) detail[at + PAIN_SCORE], (int) detail[at + SORENESS], excluded[index]);
    }

    /** The wellness entry at {@code index} (input order) as a record. */
    public WellnessEntry wellnessEntry(int index) {
        return new WellnessEntry(LocalDate.ofEpochDay(wellnessDay[index]), sleepHours[index], sleepQuality[index],
                restingHeartRate[index], hrvRmssdMs[index], fatigue[index], stress[index], mood[index],
                soreness[index], painNote[index]);
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
        return TYPES[type[index]];
    }

    double warmUpMinutes(int index) {
        return detail[index * DETAIL + WARM_UP];
    }

    double refuelMinutesAfter(int index) {
        return detail[index * DETAIL + REFUEL];
    }

    double carbsGrams(int index) {
        return detail[index * DETAIL + CARBS];
    }

    double proteinGrams(int index) {
        return detail[index * DETAIL + PROTEIN];
    }

    int painScore(int index) {
        return (int) detail[index * DETAIL + PAIN_SCORE];
    }

    boolean pain(int index) {
        return detail[index * DETAIL + PAIN] != 0;
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

    /** Fills a {@link TrainingLog} one record at a time; each record is checked as it is added. Single use. */
    public static final class Builder {

        private int sessions;
        private int[] sessionDay;
        private byte[] type;
        private boolean[] excluded;
        private double[] movingMinutes;
        private double[] rpe;
        private short[] avgHeartRate;
        private double[] distanceKm;
        private String[] sessionId;
        private String[] painLocation;
        private double[] detail;
        private short[] maxHeartRate;
        private LocalTime[] startTime;

        private int entries;
        private int[] wellnessDay;
        private double[] sleepHours;
        private short[] restingHeartRate;
        private double[] hrvRmssdMs;
        private byte[] sleepQuality;
        private byte[] fatigue;
        private byte[] stress;
        private byte[] mood;
        private byte[] soreness;
        private String[] painNote;
        private boolean built;

        private Builder(int sessionCapacity, int wellnessCapacity) {
            InvalidValueException.require(sessionCapacity >= 0 && wellnessCapacity >= 0, "capacity",
                    "expected record counts cannot be negative");
            allocateSessions(sessionCapacity);
            allocateWellness(wellnessCapacity);
        }

        /** Adds a session; the values are checked as {@link TrainingSession}'s constructor checks them. */
        public Builder session(String id, LocalDate date, LocalTime start, SessionType sessionType, double moving,
                               double elapsed, double km, double sessionRpe, int avgHr, int maxHr, double warmUp,
                               double refuelAfter, double carbs, double protein, boolean painFlag, String location,
                               int painScoreValue, int muscleSorenessValue, boolean exclude) {
            TrainingSession.check(id, date, sessionType, moving, elapsed, km, sessionRpe, avgHr, maxHr, warmUp,
                    refuelAfter, carbs, protein, painScoreValue, muscleSorenessValue);
            int day = epochDay(date, "date");
            requireOpen();
            if (sessions == sessionDay.length) {
                growSessions();
            }
            int i = sessions++;
            sessionDay[i] = day;
            type[i] = (byte) sessionType.ordinal();
            excluded[i] = exclude;
            movingMinutes[i] = moving;
            rpe[i] = sessionRpe;
            avgHeartRate[i] = (short) avgHr;
            distanceKm[i] = km;
            sessionId[i] = id;
            painLocation[i] = location;
            int at = i * DETAIL;
            detail[at + ELAPSED] = elapsed;
            detail[at + WARM_UP] = warmUp;
            detail[at + REFUEL] = refuelAfter;
            detail[at + CARBS] = carbs;
            detail[at + PROTEIN] = protein;
            detail[at + PAIN_SCORE] = painScoreValue;
            detail[at + SORENESS] = muscleSorenessValue;
            detail[at + PAIN] = painFlag ? 1 : 0;
            maxHeartRate[i] = (short) maxHr;
            startTime[i] = start;
            return this;
        }

        /** Adds a wellness entry; the values are checked as {@link WellnessEntry}'s constructor checks them. */
        public Builder wellness(LocalDate date, double sleep, int sleepQualityValue, int restingHr, double hrv,
                                int fatigueValue, int stressValue, int moodValue, int sorenessValue, String note) {
            WellnessEntry.check(date, sleep, sleepQualityValue, restingHr, hrv, fatigueValue, stressValue, moodValue,
                    sorenessValue);
            int day = epochDay(date, "date");
            requireOpen();
            if (entries == wellnessDay.length) {
                growWellness();
            }
            int i = entries++;
            wellnessDay[i] = day;
            sleepHours[i] = sleep;
            restingHeartRate[i] = (short) restingHr;
            hrvRmssdMs[i] = hrv;
            sleepQuality[i] = (byte) sleepQualityValue;
            fatigue[i] = (byte) fatigueValue;
            stress[i] = (byte) stressValue;
            mood[i] = (byte) moodValue;
            soreness[i] = (byte) sorenessValue;
            painNote[i] = note;
            return this;
        }

        public Builder add(TrainingSession s) {
            return session(s.id(), s.date(), s.startTime(), s.type(), s.movingMinutes(), s.elapsedMinutes(),
                    s.distanceKm(), s.rpe(), s.avgHeartRate(), s.maxHeartRate(), s.warmUpMinutes(),
                    s.refuelMinutesAfter(), s.carbsGrams(), s.proteinGrams(), s.pain(), s.painLocation(),
                    s.painScore(), s.muscleSoreness(), s.excluded());
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

        private static int epochDay(LocalDate date, String field) {
            long day = date.toEpochDay();
            InvalidValueException.require(day >= Integer.MIN_VALUE && day <= Integer.MAX_VALUE, field,
                    "date " + date + " is out of range");
            return (int) day;
        }

        private void allocateSessions(int n) {
            sessionDay = new int[n];
            type = new byte[n];
            excluded = new boolean[n];
            movingMinutes = new double[n];
            rpe = new double[n];
            avgHeartRate = new short[n];
            distanceKm = new double[n];
            sessionId = new String[n];
            painLocation = new String[n];
            detail = new double[n * DETAIL];
            maxHeartRate = new short[n];
            startTime = new LocalTime[n];
        }

        private void allocateWellness(int n) {
            wellnessDay = new int[n];
            sleepHours = new double[n];
            restingHeartRate = new short[n];
            hrvRmssdMs = new double[n];
            sleepQuality = new byte[n];
            fatigue = new byte[n];
            stress = new byte[n];
            mood = new byte[n];
            soreness = new byte[n];
            painNote = new String[n];
        }

        private void growSessions() {
            int n = Math.max(16, 2 * sessionDay.length);
            sessionDay = Arrays.copyOf(sessionDay, n);
            type = Arrays.copyOf(type, n);
            excluded = Arrays.copyOf(excluded, n);
            movingMinutes = Arrays.copyOf(movingMinutes, n);
            rpe = Arrays.copyOf(rpe, n);
            avgHeartRate = Arrays.copyOf(avgHeartRate, n);
            distanceKm = Arrays.copyOf(distanceKm, n);
            sessionId = Arrays.copyOf(sessionId, n);
            painLocation = Arrays.copyOf(painLocation, n);
            detail = Arrays.copyOf(detail, n * DETAIL);
            maxHeartRate = Arrays.copyOf(maxHeartRate, n);
            startTime = Arrays.copyOf(startTime, n);
        }

        private void growWellness() {
            int n = Math.max(16, 2 * wellnessDay.length);
            wellnessDay = Arrays.copyOf(wellnessDay, n);
            sleepHours = Arrays.copyOf(sleepHours, n);
            restingHeartRate = Arrays.copyOf(restingHeartRate, n);
            hrvRmssdMs = Arrays.copyOf(hrvRmssdMs, n);
            sleepQuality = Arrays.copyOf(sleepQuality, n);
            fatigue = Arrays.copyOf(fatigue, n);
            stress = Arrays.copyOf(stress, n);
            mood = Arrays.copyOf(mood, n);
            soreness = Arrays.copyOf(soreness, n);
            painNote = Arrays.copyOf(painNote, n);
        }
    }
}
