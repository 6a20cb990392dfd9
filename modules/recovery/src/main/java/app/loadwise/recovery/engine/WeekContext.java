package app.loadwise.recovery.engine;

import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.training.SessionType;
import app.loadwise.recovery.engine.metrics.SessionLoads;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One assessment's working data: the records bucketed into primitive arrays indexed by day, from 63 days
 * before the week's Monday up to a week after its Sunday (or the as-of date). Built per call (or per pair of
 * weeks, below) and never kept.
 * Two consecutive weeks of one athlete (the nightly job's two weeks) share one bucketing: the grid then starts 63
 * days before the earlier Monday and each week is a view of it ({@link #monday} and the other view fields),
 * assessed one after the other ({@link #moveTo}).
 */
final class WeekContext {

    /** Days of history before the assessed week's Monday. */
    static final int HISTORY = 63;
    /** Days a grid holds: the history, a second week, and up to a week after the last Sunday. */
    private static final int CAPACITY = HISTORY + 7 + 14;
    private static final int DOUBLE_ARRAYS = 13;

    /**
     * Per-thread working arrays, reused by each call on that thread (a call never escapes them), so scoring does
     * not allocate and clear them per athlete-week: the day arrays, the per-record arrays (grown when a call has
     * more records) and the grids of the last two weeks assessed (their dates and texts; the nightly job assesses
     * two weeks of each athlete in turn). Holds only JDK types, so it
     * pins no application class and no call's records.
     */
    private static final ThreadLocal<Object[]> SCRATCH = ThreadLocal.withInitial(WeekContext::newScratch);
    private static final int S_DOUBLES = 0;
    private static final int S_INTS = 1;
    private static final int S_SESSION_LOAD = 2;
    private static final int S_SESSION_INTS = 3;
    private static final int S_STATUS = 4;
    private static final int S_GRIDS = 5;
    private static final int GRIDS = 2;
    /** A grid: {its first epoch day}, the date of each index, and its text. */
    private static final int G_KEY = 0;
    private static final int G_DATES = 1;
    private static final int G_TEXTS = 2;
    /** Per kept session: its row in the log, load method, hardness and the next session of its day. */
    private static final int SESSION_INT_ARRAYS = 4;

    private static final DayStatus[] STATUSES = DayStatus.values();
    private static final SessionType[] TYPES = SessionType.values();
    /** {@link DayStatus#loadKnown()} by ordinal. */
    private static final boolean[] LOAD_KNOWN = loadKnown();
    private static final LoadMethod[] METHODS = LoadMethod.values();

    static final int RECORDED = 1;
    static final int SESSION = 1 << 1;
    static final int HARD = 1 << 2;
    static final int SPEED = 1 << 3;
    static final int NON_BUFFER = 1 << 4;
    static final int LONG = 1 << 5;
    static final int NON_REST = 1 << 6;
    static final int LOAD_UNKNOWN = 1 << 7;
    static final int STRENGTH = 1 << 8;
    /** Session-type bit: a running session. Only in {@link #TYPE_FLAGS}, never in a day's flags. */
    private static final int RUN = 1 << 9;
    /** The day flags each session type sets (and {@link #RUN}), by ordinal: one table read instead of six tests. */
    private static final int[] TYPE_FLAGS = typeFlags();

    private final TrainingLog log;
    final LevelRules rules;
    final long startEpochDay;
    /** The date of each index, and how findings write it, shared by every call for the same grid. */
    private final LocalDate[] dates;
    private final String[] dayTexts;
    /** The last day and the last known day of the weeks this grid serves; the earlier Monday is at {@link #HISTORY}. */
    private final int bucketLast;
    private final int bucketEnd;
    /** Days of the grid in use: up to a week after the last Sunday. */
    private final int days;

    /** The week viewed: its input, and the indexes of its Monday and Sunday. */
    AssessmentInput input;
    int monday;
    int sunday;
    /** Index of the last day whose records count for the week: min(as-of, Sunday). */
    int last;
    /** Index of the last day whose records are known at all (up to a week after Sunday). */
    int gridEnd;
    boolean weekComplete;
    /** The first day with a record in the week's 63 days of history and after, -1 for none. */
    int firstRecord = -1;

    final double[] load;
    /** The day's load when known (trained, rest or implied rest), NaN otherwise. */
    final double[] knownLoad;
    final int[] flags;
    /** Each day's {@link DayStatus} by ordinal; read it with {@link #status(int)}. */
    private final byte[] status;
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
    /** The log row of the wellness entry of each day from the earliest Monday (for pain notes), -1 for none. */
    private final int[] wellnessRow;

    /**
     * Kept sessions (not excluded, inside the grid), chained per day in input order; read them with
     * {@link #type(int)}, {@link #id(int)} and the other session accessors, {@link #sessionMethod(int)} and
     * {@link #sessionHard(int)}.
     */
    private final int[] sessionRow;
    final double[] sessionLoad;
    /** Per kept session: its load method's ordinal, and 1 when it counts as hard. */
    private final int[] sessionMethod;
    private final int[] sessionHard;
    final int[] nextInDay;
    final int[] dayHead;
    private final int[] dayTail;
    int sessionCount;

    /** A grid for {@code first}, and for {@code second} (the next week, same log, athlete and settings) unless null. */
    private WeekContext(AssessmentInput first, AssessmentInput second) {
        this.log = first.log();
        this.rules = first.settings().forLevel(first.athlete().experienceLevel());
        Object[] scratch = SCRATCH.get();
        long start = mondayEpochDay(first.week().year(), first.week().week()) - HISTORY;
        Object[] grid = grid((Object[][]) scratch[S_GRIDS], start);
        this.startEpochDay = start;
        this.dates = (LocalDate[]) grid[G_DATES];
        this.dayTexts = (String[]) grid[G_TEXTS];
        int secondLast = -1;
        int secondEnd = -1;
        if (second != null) {
            view(second, HISTORY + 7);
            secondLast = last;
            secondEnd = gridEnd;
        }
        view(first, HISTORY);
        this.bucketLast = Math.max(last, secondLast);
        this.bucketEnd = Math.max(gridEnd, secondEnd);
        this.days = second != null ? CAPACITY : CAPACITY - 7;

        int n = log.sessionCount;
        if (((double[]) scratch[S_SESSION_LOAD]).length < n) {
            int size = Math.max(n, 2 * ((double[]) scratch[S_SESSION_LOAD]).length);
            scratch[S_SESSION_LOAD] = new double[size];
            scratch[S_SESSION_INTS] = new int[SESSION_INT_ARRAYS][size];
        }
        sessionLoad = (double[]) scratch[S_SESSION_LOAD];
        int[][] sessionInts = (int[][]) scratch[S_SESSION_INTS];
        sessionRow = sessionInts[0];
        sessionMethod = sessionInts[1];
        sessionHard = sessionInts[2];
        nextInDay = sessionInts[3];
        status = (byte[]) scratch[S_STATUS];

        double[][] d = (double[][]) scratch[S_DOUBLES];
        int[][] ints = (int[][]) scratch[S_INTS];
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
        // Only the days in use are cleared and read, and resolveDays writes knownLoad over them; each wellness
        // array is cleared only over the days where bucketWellness may write it and the figures read it.
        Arrays.fill(load, 0, days, 0);
        Arrays.fill(longestRunKm, 0, days, 0);
        Arrays.fill(longestRunMinutes, 0, days, 0);
        Arrays.fill(restingHr, 0, bucketLast + 1, Double.NaN);
        Arrays.fill(hrv, 0, bucketLast + 1, Double.NaN);
        for (double[] item : new double[][] {sleepQuality, fatigue, stress, mood, soreness, hooperIndex}) {
            Arrays.fill(item, HISTORY - FigureCalculator.HOOPER_BASELINE_DAYS, bucketLast + 1, Double.NaN);
        }
        Arrays.fill(sleepHours, HISTORY, bucketLast + 1, Double.NaN);
        flags = ints[0];
        dayHead = ints[1];
        dayTail = ints[2];
        wellnessRow = ints[3];
        Arrays.fill(flags, 0, days, 0);
        Arrays.fill(dayHead, 0, days, -1);
        Arrays.fill(wellnessRow, HISTORY, bucketLast + 1, -1);
    }

    /** Sets the view fields for {@code week}, whose Monday is at index {@code mondayIndex} of this grid. */
    private void view(AssessmentInput week, int mondayIndex) {
        input = week;
        monday = mondayIndex;
        sunday = monday + 6;
        int asOfIndex = (int) Math.min(week.asOf().toEpochDay() - startEpochDay, monday + 13);
        last = Math.min(asOfIndex, sunday);
        gridEnd = asOfIndex;
        weekComplete = asOfIndex >= sunday;
    }

    /**
     * Turns this context to the second week it was built for. The day statuses are worked out again, so the
     * first week's assessment must be complete.
     */
    void moveTo(AssessmentInput second) {
        view(second, (int) (mondayEpochDay(second.week().year(), second.week().week()) - startEpochDay));
        resolveDays();
    }

    private static boolean[] loadKnown() {
        boolean[] known = new boolean[STATUSES.length];
        for (DayStatus s : STATUSES) {
            known[s.ordinal()] = s.loadKnown();
        }
        return known;
    }

    private static int[] typeFlags() {
        SessionType[] types = SessionType.values();
        int[] table = new int[types.length];
        for (SessionType type : types) {
            int f = 0;
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
            if (type.isRun()) {
                f |= RUN;
            }
            table[type.ordinal()] = f;
        }
        return table;
    }

    private static Object[] newScratch() {
        int records = 128;
        Object[] scratch = new Object[S_GRIDS + 1];
        scratch[S_DOUBLES] = new double[DOUBLE_ARRAYS][CAPACITY];
        scratch[S_INTS] = new int[4][CAPACITY];
        scratch[S_SESSION_LOAD] = new double[records];
        scratch[S_SESSION_INTS] = new int[SESSION_INT_ARRAYS][records];
        scratch[S_STATUS] = new byte[CAPACITY];
        Object[][] grids = new Object[GRIDS][];
        for (int g = 0; g < GRIDS; g++) {
            grids[g] = new Object[] {new long[] {Long.MIN_VALUE}, new LocalDate[CAPACITY], new String[CAPACITY]};
        }
        scratch[S_GRIDS] = grids;
        return scratch;
    }

    /**
     * The grid starting at an epoch day, most recently used first: the date of every index and its text
     * ("Tue 3 Mar"). The nightly job assesses the same weeks for every athlete, so each grid is worked out once per
     * thread rather than per call.
     */
    private static Object[] grid(Object[][] grids, long start) {
        int found = 0;
        while (found < GRIDS && ((long[]) grids[found][G_KEY])[0] != start) {
            found++;
        }
        Object[] grid = grids[Math.min(found, GRIDS - 1)];
        if (found == GRIDS) {
            LocalDate first = LocalDate.ofEpochDay(start);
            LocalDate[] dates = (LocalDate[]) grid[G_DATES];
            String[] texts = (String[]) grid[G_TEXTS];
            for (int k = 0; k < CAPACITY; k++) {
                dates[k] = first.plusDays(k);
                texts[k] = Texts.day(dates[k]);
            }
            ((long[]) grid[G_KEY])[0] = start;
        }
        System.arraycopy(grids, 0, grids, 1, Math.min(found, GRIDS - 1));
        grids[0] = grid;
        return grid;
    }

    SessionType type(int i) {
        return log.type(sessionRow[i]);
    }

    String id(int i) {
        return log.sessionId[sessionRow[i]];
    }

    double movingMinutes(int i) {
        return log.movingMinutes(sessionRow[i]);
    }

    double distanceKm(int i) {
        return log.distanceKm(sessionRow[i]);
    }

    double warmUpMinutes(int i) {
        return log.warmUpMinutes(sessionRow[i]);
    }

    double refuelMinutesAfter(int i) {
        return log.refuelMinutesAfter(sessionRow[i]);
    }

    double carbsGrams(int i) {
        return log.carbsGrams(sessionRow[i]);
    }

    double proteinGrams(int i) {
        return log.proteinGrams(sessionRow[i]);
    }

    boolean pain(int i) {
        return log.pain(sessionRow[i]);
    }

    String painLocation(int i) {
        return log.painLocation[sessionRow[i]];
    }

    String notes(int i) {
        return log.notes[sessionRow[i]];
    }

    int painScore(int i) {
        return log.painScore(sessionRow[i]);
    }

    /** The session as findings name it, e.g. "intervals (45 min)". */
    String sessionText(int i) {
        return Texts.session(type(i), movingMinutes(i));
    }

    /** The pain note of the wellness entry on a day of the assessed week, or null. */
    String weekPainNote(int day) {
        int row = wellnessRow[day];
        return row < 0 ? null : log.painNote[row];
    }

    LoadMethod sessionMethod(int i) {
        return METHODS[sessionMethod[i]];
    }

    boolean sessionHard(int i) {
        return sessionHard[i] != 0;
    }

    DayStatus status(int day) {
        return STATUSES[status[day]];
    }

    static WeekContext build(AssessmentInput input) {
        return build(input, null);
    }

    /**
     * The context of {@code first}, bucketed for {@code second} too when not null: the next week, with the same log,
     * athlete and settings. Assess {@code first}, then {@link #moveTo} {@code second}.
     */
    static WeekContext build(AssessmentInput first, AssessmentInput second) {
        WeekContext c = new WeekContext(first, second);
        c.bucketSessions();
        c.bucketWellness();
        c.resolveDays();
        return c;
    }

    LocalDate date(int index) {
        return index >= 0 && index < CAPACITY ? dates[index] : LocalDate.ofEpochDay(startEpochDay + index);
    }

    /** The day as findings write it, e.g. "Tue 3 Mar" ({@link Texts#day}). */
    String dayText(int index) {
        return index >= 0 && index < CAPACITY ? dayTexts[index] : Texts.day(date(index));
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
        TrainingLog log = this.log;
        double[] values = log.sessionValues;
        double start = startEpochDay;
        for (int k = 0, at = 0, n = log.sessionCount; k < n; k++, at += TrainingLog.SESSION_VALUES) {
            double offset = values[at + TrainingLog.S_DAY] - start;
            if (!(offset >= 0 && offset <= bucketEnd) || values[at + TrainingLog.S_EXCLUDED] != 0) {
                continue;
            }
            int day = (int) offset;
            int typeOrdinal = (int) values[at + TrainingLog.S_TYPE];
            SessionType type = TYPES[typeOrdinal];
            double moving = values[at + TrainingLog.S_MOVING];
            double rpe = values[at + TrainingLog.S_RPE];
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
            } else if (trimpPossible && !Double.isNaN(values[at + TrainingLog.S_AVG_HR])) {
                sessionLoadValue = SessionLoads.trimpAsSessionRpe(moving, values[at + TrainingLog.S_AVG_HR], restHr,
                        maxHr, athlete.sex());
                method = LoadMethod.TRIMP;
            } else {
                sessionLoadValue = moving * SessionLoads.typicalRpe(type);
                method = LoadMethod.TYPE_DEFAULT;
            }
            boolean hard = type.isHard() || (type == SessionType.LONG
                    && (moving >= hardLong.longRunMinutes()
                    || (method != LoadMethod.UNKNOWN && sessionLoadValue >= hardLong.longRunLoad())));

            int i = sessionCount++;
            sessionRow[i] = k;
            sessionLoad[i] = sessionLoadValue;
            sessionMethod[i] = method.ordinal();
            sessionHard[i] = hard ? 1 : 0;
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
            int typeFlags = TYPE_FLAGS[typeOrdinal];
            flags[day] |= f | typeFlags;
            if ((typeFlags & RUN) != 0) {
                double km = values[at + TrainingLog.S_DISTANCE];
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
        TrainingLog log = this.log;
        double[] values = log.wellnessValues;
        double start = startEpochDay;
        for (int k = 0, at = 0, n = log.wellnessCount; k < n; k++, at += TrainingLog.WELLNESS_VALUES) {
            double offset = values[at + TrainingLog.W_DAY] - start;
            if (!(offset >= 0 && offset <= bucketEnd)) {
                continue;
            }
            int day = (int) offset;
            flags[day] |= RECORDED;
            // Each value is read only where a figure uses it (a later entry for the same day replaces it).
            if (day > bucketLast) {
                continue;
            }
            restingHr[day] = values[at + TrainingLog.W_RESTING_HR];
            hrv[day] = values[at + TrainingLog.W_HRV];
            if (day < HISTORY - FigureCalculator.HOOPER_BASELINE_DAYS) {
                continue;
            }
            sleepQuality[day] = values[at + TrainingLog.W_SLEEP_QUALITY];
            fatigue[day] = values[at + TrainingLog.W_FATIGUE];
            stress[day] = values[at + TrainingLog.W_STRESS];
            mood[day] = values[at + TrainingLog.W_MOOD];
            soreness[day] = values[at + TrainingLog.W_SORENESS];
            // NaN propagates: the index needs all four items.
            hooperIndex[day] = sleepQuality[day] + fatigue[day] + stress[day] + soreness[day];
            if (day >= HISTORY) {
                sleepHours[day] = values[at + TrainingLog.W_SLEEP_HOURS];
                wellnessRow[day] = k;
            }
        }
    }

    /** Day status: recorded days by their sessions; short gaps while logging are rest; the rest unknown. */
    private void resolveDays() {
        int maxGap = input.settings().maxImplicitRestDays();
        int from = monday - HISTORY;
        int gapStart = -1;
        firstRecord = -1;
        for (int day = from; day <= gridEnd; day++) {
            int f = flags[day];
            if ((f & RECORDED) != 0) {
                if (firstRecord < 0) {
                    firstRecord = day;
                    markGap(from, day - 1, DayStatus.UNKNOWN);
                } else if (gapStart >= 0) {
                    markGap(gapStart, day - 1, day - gapStart <= maxGap ? DayStatus.IMPLIED_REST : DayStatus.UNKNOWN);
                }
                gapStart = -1;
                if ((f & SESSION) == 0 || (f & NON_REST) == 0) {
                    status[day] = (byte) ((f & LOAD_UNKNOWN) != 0 ? DayStatus.LOAD_UNKNOWN : DayStatus.REST).ordinal();
                } else {
                    status[day] = (byte) ((f & LOAD_UNKNOWN) != 0 ? DayStatus.LOAD_UNKNOWN : DayStatus.TRAINED).ordinal();
                }
            } else if (firstRecord >= 0 && gapStart < 0) {
                gapStart = day;
            }
        }
        if (firstRecord < 0) {
            markGap(from, gridEnd, DayStatus.UNKNOWN);
        } else if (gapStart >= 0) {
            markGap(gapStart, gridEnd, gridEnd - gapStart + 1 <= maxGap ? DayStatus.IMPLIED_REST : DayStatus.UNKNOWN);
        }
        // Days before the week's history are outside its window: never read, and unknown if they were.
        markGap(0, from - 1, DayStatus.UNKNOWN);
        for (int day = 0; day < days; day++) {
            if (day > gridEnd) {
                status[day] = (byte) DayStatus.NOT_YET.ordinal();
            }
            knownLoad[day] = day >= from && day <= last && LOAD_KNOWN[status[day]] ? load[day] : Double.NaN;
        }
    }

    private void markGap(int from, int to, DayStatus s) {
        for (int d = from; d <= to; d++) {
            status[d] = (byte) s.ordinal();
        }
    }

    /** The ISO week's Monday: 4 January is always in week 1. Same as {@code IsoWeek.monday()}, without field resolution. */
    static long mondayEpochDay(int isoYear, int isoWeek) {
        LocalDate jan4 = LocalDate.of(isoYear, 1, 4);
        return jan4.toEpochDay() - (jan4.getDayOfWeek().getValue() - 1) + 7L * (isoWeek - 1);
    }
}
