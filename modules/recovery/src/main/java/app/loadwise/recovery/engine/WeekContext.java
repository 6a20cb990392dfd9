package app.loadwise.recovery.engine;

import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.engine.metrics.SessionLoads;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One assessment's working data: the records bucketed into primitive arrays indexed by day, from 63 days
 * before the week's Monday up to a week after its Sunday (or the as-of date). Built once per call, never shared.
 */
final class WeekContext {

    /** Days of history before the assessed week's Monday. */
    static final int HISTORY = 63;
    /** Index of the assessed week's Monday. */
    static final int MONDAY = HISTORY;
    /** Index of the assessed week's Sunday. */
    static final int SUNDAY = HISTORY + 6;
    private static final int CAPACITY = HISTORY + 14;
    private static final int DOUBLE_ARRAYS = 13;
    private static final int FIRST_WELLNESS_ARRAY = 4;

    /**
     * Per-thread day arrays, reused by each call on that thread (a call never escapes them), so scoring does not
     * allocate and clear 10 KB per athlete-week. Holds only JDK types, so it pins no application class.
     */
    private static final ThreadLocal<Object[]> SCRATCH = ThreadLocal.withInitial(
            () -> new Object[] {new double[DOUBLE_ARRAYS][CAPACITY], new int[3][CAPACITY]});

    static final int RECORDED = 1;
    static final int SESSION = 1 << 1;
    static final int HARD = 1 << 2;
    static final int SPEED = 1 << 3;
    static final int NON_BUFFER = 1 << 4;
    static final int LONG = 1 << 5;
    static final int NON_REST = 1 << 6;
    static final int LOAD_UNKNOWN = 1 << 7;
    static final int STRENGTH = 1 << 8;

    final AssessmentInput input;
    final LevelRules rules;
    final long startEpochDay;
    /** Year x 12 + month of the first grid day, and the index of the 1st of each month the grid touches. */
    private final int firstMonth;
    private final int[] monthStart = new int[4];
    /** Index of the last day whose records count for the week: min(as-of, Sunday). */
    final int last;
    /** Index of the last day whose records are known at all (up to a week after Sunday). */
    final int gridEnd;
    final boolean weekComplete;

    final double[] load;
    /** The day's load when known (trained, rest or implied rest), NaN otherwise. */
    final double[] knownLoad;
    final int[] flags;
    final DayStatus[] status = new DayStatus[CAPACITY];
    final double[] longestRunKm;
    final double[] longestRunMinutes;
    final double[] sleepHours;
    final double[] sleepQuality;
    final double[] restingHr;
    final double[] hrv;
    final double[] fatigue;
    final double[] stress;
    final double[] mood;
    final double[] soreness;
    final double[] hooperIndex;
    /** Wellness entries of the assessed week by day index (for pain notes). */
    final WellnessEntry[] weekWellness = new WellnessEntry[7];
    int firstRecord = -1;

    /** Kept sessions (not excluded, inside the grid), chained per day in input order. */
    final TrainingSession[] sessions;
    final double[] sessionLoad;
    final LoadMethod[] sessionMethod;
    final boolean[] sessionHard;
    final int[] nextInDay;
    final int[] dayHead;
    private final int[] dayTail;
    int sessionCount;

    private WeekContext(AssessmentInput input) {
        this.input = input;
        this.rules = input.settings().forLevel(input.athlete().experienceLevel());
        this.startEpochDay = mondayEpochDay(input.week().year(), input.week().week()) - HISTORY;
        LocalDate start = LocalDate.ofEpochDay(startEpochDay);
        this.firstMonth = start.getYear() * 12 + start.getMonthValue() - 1;
        int year = start.getYear();
        int month = start.getMonthValue();
        monthStart[0] = 1 - start.getDayOfMonth();
        for (int k = 1; k < monthStart.length; k++) {
            monthStart[k] = monthStart[k - 1] + daysInMonth(year, month);
            if (++month > 12) {
                month = 1;
                year++;
            }
        }
        int asOfIndex = (int) Math.min(input.asOf().toEpochDay() - startEpochDay, CAPACITY - 1);
        this.last = Math.min(asOfIndex, SUNDAY);
        this.gridEnd = asOfIndex;
        this.weekComplete = asOfIndex >= SUNDAY;
        int n = input.sessions().size();
        this.sessions = new TrainingSession[n];
        this.sessionLoad = new double[n];
        this.sessionMethod = new LoadMethod[n];
        this.sessionHard = new boolean[n];
        this.nextInDay = new int[n];

        Object[] scratch = SCRATCH.get();
        double[][] d = (double[][]) scratch[0];
        int[][] ints = (int[][]) scratch[1];
        load = d[0];
        knownLoad = d[1];
        longestRunKm = d[2];
        longestRunMinutes = d[3];
        sleepHours = d[4];
        sleepQuality = d[5];
        restingHr = d[6];
        hrv = d[7];
        fatigue = d[8];
        stress = d[9];
        mood = d[10];
        soreness = d[11];
        hooperIndex = d[12];
        for (int k = 0; k < FIRST_WELLNESS_ARRAY; k++) {
            Arrays.fill(d[k], 0);
        }
        for (int k = FIRST_WELLNESS_ARRAY; k < DOUBLE_ARRAYS; k++) {
            Arrays.fill(d[k], Double.NaN);
        }
        flags = ints[0];
        dayHead = ints[1];
        dayTail = ints[2];
        Arrays.fill(flags, 0);
        Arrays.fill(dayHead, -1);
    }

    static WeekContext build(AssessmentInput input) {
        WeekContext c = new WeekContext(input);
        c.bucketSessions();
        c.bucketWellness();
        c.resolveDays();
        return c;
    }

    /** Day index of a date; cheap field reads and a month table instead of {@code toEpochDay()} per record. */
    int index(LocalDate date) {
        int month = date.getYear() * 12 + date.getMonthValue() - 1 - firstMonth;
        if (month < 0 || month >= monthStart.length) {
            return month < 0 ? -1 : Integer.MAX_VALUE;
        }
        return monthStart[month] + date.getDayOfMonth() - 1;
    }

    LocalDate date(int index) {
        return LocalDate.ofEpochDay(startEpochDay + index);
    }

    boolean has(int day, int flag) {
        return (flags[day] & flag) != 0;
    }

    private void bucketSessions() {
        AthleteProfile athlete = input.athlete();
        double maxHr = athlete.maxHeartRate() != null ? athlete.maxHeartRate()
                : athlete.birthYear() != null
                        ? SessionLoads.tanakaMaxHeartRate(input.week().year() - athlete.birthYear()) : Double.NaN;
        double restHr = athlete.restingHeartRate() != null ? athlete.restingHeartRate() : Double.NaN;
        boolean trimpPossible = athlete.sex() != Sex.UNSPECIFIED && maxHr > restHr;
        LevelRules.HardSessions hardLong = rules.hardSessions();
        List<TrainingSession> all = input.sessions();
        for (int k = 0, size = all.size(); k < size; k++) {
            TrainingSession s = all.get(k);
            if (s.excluded()) {
                continue;
            }
            int day = index(s.date());
            if (day < 0 || day > gridEnd) {
                continue;
            }
            SessionType type = s.type();
            double moving = s.movingMinutes();
            double rpe = s.rpe();
            double sessionLoadValue;
            LoadMethod method;
            if (Double.isNaN(moving)) {
                if (type == SessionType.REST) {
                    sessionLoadValue = 0;
                    method = LoadMethod.TYPE_DEFAULT;
                } else {
                    sessionLoadValue = 0;
                    method = LoadMethod.UNKNOWN;
                }
            } else if (!Double.isNaN(rpe)) {
                sessionLoadValue = SessionLoads.sessionRpe(rpe, moving);
                method = LoadMethod.SESSION_RPE;
            } else if (trimpPossible && s.avgHeartRate() != TrainingSession.NOT_RECORDED) {
                sessionLoadValue = SessionLoads.trimpAsSessionRpe(moving, s.avgHeartRate(), restHr, maxHr, athlete.sex());
                method = LoadMethod.TRIMP;
            } else {
                sessionLoadValue = moving * SessionLoads.typicalRpe(type);
                method = LoadMethod.TYPE_DEFAULT;
            }
            boolean hard = type.isHard() || (type == SessionType.LONG
                    && (moving >= hardLong.longRunMinutes()
                    || (method != LoadMethod.UNKNOWN && sessionLoadValue >= hardLong.longRunLoad())));

            int i = sessionCount++;
            sessions[i] = s;
            sessionLoad[i] = sessionLoadValue;
            sessionMethod[i] = method;
            sessionHard[i] = hard;
            nextInDay[i] = -1;
            if (dayHead[day] < 0) {
                dayHead[day] = i;
            } else {
                nextInDay[dayTail[day]] = i;
            }
            dayTail[day] = i;

            int f = RECORDED | SESSION;
            if (method == LoadMethod.UNKNOWN) {
                f |= LOAD_UNKNOWN;
            } else {
                load[day] += sessionLoadValue;
            }
            if (hard) {
                f |= HARD;
            }
            if (type.isSpeedWork()) {
                f |= SPEED;
            }
            if (!type.isBuffer()) {
                f |= NON_BUFFER;
            }
            if (type == SessionType.LONG) {
                f |= LONG;
            }
            if (type != SessionType.REST) {
                f |= NON_REST;
            }
            if (type == SessionType.STRENGTH) {
                f |= STRENGTH;
            }
            flags[day] |= f;
            if (type.isRun()) {
                double km = s.distanceKm();
                if (km > longestRunKm[day]) {
                    longestRunKm[day] = km;
                }
                if (moving > longestRunMinutes[day]) {
                    longestRunMinutes[day] = moving;
                }
            }
        }
    }

    private void bucketWellness() {
        List<WellnessEntry> all = input.wellness();
        for (int k = 0, size = all.size(); k < size; k++) {
            WellnessEntry w = all.get(k);
            int day = index(w.date());
            if (day < 0 || day > gridEnd) {
                continue;
            }
            flags[day] |= RECORDED;
            // Each value is read only where a figure uses it (a later entry for the same day replaces it).
            if (day > last) {
                continue;
            }
            restingHr[day] = value(w.restingHeartRate());
            hrv[day] = w.hrvRmssdMs();
            if (day < MONDAY - FigureCalculator.HOOPER_BASELINE_DAYS) {
                continue;
            }
            sleepQuality[day] = value(w.sleepQuality());
            fatigue[day] = value(w.fatigue());
            stress[day] = value(w.stress());
            mood[day] = value(w.mood());
            soreness[day] = value(w.soreness());
            // NaN propagates: the index needs all four items.
            hooperIndex[day] = sleepQuality[day] + fatigue[day] + stress[day] + soreness[day];
            if (day >= MONDAY) {
                sleepHours[day] = w.sleepHours();
                weekWellness[day - MONDAY] = w;
            }
        }
    }

    /** A whole-number value as a figure reads it: NaN when not recorded. */
    private static double value(int recorded) {
        return recorded == TrainingSession.NOT_RECORDED ? Double.NaN : recorded;
    }

    /** Day status: recorded days by their sessions; short gaps while logging are rest; the rest unknown. */
    private void resolveDays() {
        int maxGap = input.settings().maxImplicitRestDays();
        int gapStart = -1;
        for (int day = 0; day <= gridEnd; day++) {
            int f = flags[day];
            if ((f & RECORDED) != 0) {
                if (firstRecord < 0) {
                    firstRecord = day;
                    markGap(0, day - 1, DayStatus.UNKNOWN);
                } else if (gapStart >= 0) {
                    markGap(gapStart, day - 1, day - gapStart <= maxGap ? DayStatus.IMPLIED_REST : DayStatus.UNKNOWN);
                }
                gapStart = -1;
                if ((f & SESSION) == 0 || (f & NON_REST) == 0) {
                    status[day] = (f & LOAD_UNKNOWN) != 0 ? DayStatus.LOAD_UNKNOWN : DayStatus.REST;
                } else {
                    status[day] = (f & LOAD_UNKNOWN) != 0 ? DayStatus.LOAD_UNKNOWN : DayStatus.TRAINED;
                }
            } else if (firstRecord >= 0 && gapStart < 0) {
                gapStart = day;
            }
        }
        if (firstRecord < 0) {
            markGap(0, gridEnd, DayStatus.UNKNOWN);
        } else if (gapStart >= 0) {
            markGap(gapStart, gridEnd, gridEnd - gapStart + 1 <= maxGap ? DayStatus.IMPLIED_REST : DayStatus.UNKNOWN);
        }
        for (int day = 0; day < CAPACITY; day++) {
            if (day > gridEnd) {
                status[day] = DayStatus.NOT_YET;
            }
            knownLoad[day] = day <= last && status[day].loadKnown() ? load[day] : Double.NaN;
        }
    }

    private void markGap(int from, int to, DayStatus s) {
        for (int d = from; d <= to; d++) {
            status[d] = s;
        }
    }

    /** The ISO week's Monday: 4 January is always in week 1. Same as {@code IsoWeek.monday()}, without field resolution. */
    static long mondayEpochDay(int isoYear, int isoWeek) {
        LocalDate jan4 = LocalDate.of(isoYear, 1, 4);
        return jan4.toEpochDay() - (jan4.getDayOfWeek().getValue() - 1) + 7L * (isoWeek - 1);
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
