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

    /**
     * Per-thread working arrays, reused by each call on that thread (a call never escapes them), so scoring does
     * not allocate and clear them per athlete-week: the day arrays, the per-record arrays (grown when a call has
     * more records) and the grid of the last week assessed (its dates and month table). Holds only JDK types, and
     * {@link #release()} drops the references to the call's sessions, so it pins no application class.
     */
    private static final ThreadLocal<Object[]> SCRATCH = ThreadLocal.withInitial(WeekContext::newScratch);
    private static final int S_DOUBLES = 0;
    private static final int S_INTS = 1;
    private static final int S_RECORD_DAY = 2;
    private static final int S_SESSIONS = 3;
    private static final int S_SESSION_LOAD = 4;
    private static final int S_SESSION_INTS = 5;
    private static final int S_STATUS = 6;
    private static final int S_GRID_KEY = 7;
    private static final int S_GRID_MONTHS = 8;
    private static final int S_GRID_DATES = 9;
    private static final int S_RECORD_VALUE = 10;
    private static final int S_GRID_DAY_TEXTS = 11;
    private static final int SESSION_INT_ARRAYS = 2;
    /** Months a grid can touch (77 days). */
    private static final int MONTHS = 4;

    private static final DayStatus[] STATUSES = DayStatus.values();
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

    final AssessmentInput input;
    final LevelRules rules;
    final long startEpochDay;
    /** Year x 12 + month of the first grid day, and the index of the 1st of each month the grid touches. */
    private final int firstMonth;
    private final int[] monthStart;
    /** The date of each index, and how findings write it, shared by every call for the same week. */
    private final LocalDate[] dates;
    private final String[] dayTexts;
    /** Index of the last day whose records count for the week: min(as-of, Sunday). */
    final int last;
    /** Index of the last day whose records are known at all (up to a week after Sunday). */
    final int gridEnd;
    final boolean weekComplete;

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
    /** Wellness entries of the assessed week by day index (for pain notes). */
    final WellnessEntry[] weekWellness = new WellnessEntry[7];
    int firstRecord = -1;

    /**
     * Kept sessions (not excluded, inside the grid), chained per day in input order; read them with
     * {@link #session(int)}, {@link #sessionMethod(int)} and {@link #sessionHard(int)}.
     */
    private final Object[] sessions;
    final double[] sessionLoad;
    /** Per kept session: its load method's ordinal, and 1 when it counts as hard. */
    private final int[] sessionMethod;
    private final int[] sessionHard;
    final int[] nextInDay;
    final int[] dayHead;
    private final int[] dayTail;
    /**
     * Day index (and for sessions moving minutes) of each input record, read in a tight first pass so that the
     * processor fetches many records from memory at once instead of one after another.
     */
    private final int[] recordDay;
    private final double[] recordValue;
    int sessionCount;

    private WeekContext(AssessmentInput input) {
        this.input = input;
        this.rules = input.settings().forLevel(input.athlete().experienceLevel());
        Object[] scratch = SCRATCH.get();
        long[] grid = (long[]) scratch[S_GRID_KEY];
        long week = input.week().year() * 100L + input.week().week();
        if (grid[0] != week) {
            fillGrid(scratch, input.week().year(), input.week().week());
            grid[0] = week;
        }
        this.startEpochDay = grid[1];
        this.monthStart = (int[]) scratch[S_GRID_MONTHS];
        this.firstMonth = monthStart[MONTHS];
        this.dates = (LocalDate[]) scratch[S_GRID_DATES];
        this.dayTexts = (String[]) scratch[S_GRID_DAY_TEXTS];
        int asOfIndex = (int) Math.min(input.asOf().toEpochDay() - startEpochDay, CAPACITY - 1);
        this.last = Math.min(asOfIndex, SUNDAY);
        this.gridEnd = asOfIndex;
        this.weekComplete = asOfIndex >= SUNDAY;

        int n = input.sessions().size();
        int records = Math.max(n, input.wellness().size());
        if (((int[]) scratch[S_RECORD_DAY]).length < records) {
            int size = Math.max(records, 2 * ((int[]) scratch[S_RECORD_DAY]).length);
            scratch[S_RECORD_DAY] = new int[size];
            scratch[S_RECORD_VALUE] = new double[size];
            scratch[S_SESSIONS] = new Object[size];
            scratch[S_SESSION_LOAD] = new double[size];
            scratch[S_SESSION_INTS] = new int[SESSION_INT_ARRAYS + 1][size];
        }
        recordDay = (int[]) scratch[S_RECORD_DAY];
        recordValue = (double[]) scratch[S_RECORD_VALUE];
        sessions = (Object[]) scratch[S_SESSIONS];
        sessionLoad = (double[]) scratch[S_SESSION_LOAD];
        int[][] sessionInts = (int[][]) scratch[S_SESSION_INTS];
        sessionMethod = sessionInts[0];
        sessionHard = sessionInts[1];
        nextInDay = sessionInts[2];
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
        // knownLoad is written whole by resolveDays; each wellness array is cleared only over the days where
        // bucketWellness may write it and the figures read it (up to the last day).
        Arrays.fill(load, 0);
        Arrays.fill(longestRunKm, 0);
        Arrays.fill(longestRunMinutes, 0);
        Arrays.fill(restingHr, 0, last + 1, Double.NaN);
        Arrays.fill(hrv, 0, last + 1, Double.NaN);
        for (double[] item : new double[][] {sleepQuality, fatigue, stress, mood, soreness, hooperIndex}) {
            Arrays.fill(item, MONDAY - FigureCalculator.HOOPER_BASELINE_DAYS, last + 1, Double.NaN);
        }
        Arrays.fill(sleepHours, MONDAY, last + 1, Double.NaN);
        flags = ints[0];
        dayHead = ints[1];
        dayTail = ints[2];
        Arrays.fill(flags, 0);
        Arrays.fill(dayHead, -1);
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
        Object[] scratch = new Object[S_GRID_DAY_TEXTS + 1];
        scratch[S_DOUBLES] = new double[DOUBLE_ARRAYS][CAPACITY];
        scratch[S_INTS] = new int[3][CAPACITY];
        scratch[S_RECORD_DAY] = new int[records];
        scratch[S_RECORD_VALUE] = new double[records];
        scratch[S_SESSIONS] = new Object[records];
        scratch[S_SESSION_LOAD] = new double[records];
        scratch[S_SESSION_INTS] = new int[SESSION_INT_ARRAYS + 1][records];
        scratch[S_STATUS] = new byte[CAPACITY];
        scratch[S_GRID_KEY] = new long[] {Long.MIN_VALUE, 0};
        scratch[S_GRID_MONTHS] = new int[MONTHS + 1];
        scratch[S_GRID_DATES] = new LocalDate[CAPACITY];
        scratch[S_GRID_DAY_TEXTS] = new String[CAPACITY];
        return scratch;
    }

    /**
     * The grid of an ISO week: its first day, the index of the 1st of each month it touches (and year x 12 + month
     * of the first day, after them), and the date of every index and its text ("Tue 3 Mar"). The nightly job assesses one week for every
     * athlete, so this is worked out once per thread rather than per call.
     */
    private static void fillGrid(Object[] scratch, int isoYear, int isoWeek) {
        long start = mondayEpochDay(isoYear, isoWeek) - HISTORY;
        LocalDate first = LocalDate.ofEpochDay(start);
        int[] months = (int[]) scratch[S_GRID_MONTHS];
        int year = first.getYear();
        int month = first.getMonthValue();
        months[MONTHS] = year * 12 + month - 1;
        months[0] = 1 - first.getDayOfMonth();
        for (int k = 1; k < MONTHS; k++) {
            months[k] = months[k - 1] + daysInMonth(year, month);
            if (++month > 12) {
                month = 1;
                year++;
            }
        }
        LocalDate[] dates = (LocalDate[]) scratch[S_GRID_DATES];
        String[] texts = (String[]) scratch[S_GRID_DAY_TEXTS];
        for (int k = 0; k < CAPACITY; k++) {
            dates[k] = first.plusDays(k);
            texts[k] = Texts.day(dates[k]);
        }
        ((long[]) scratch[S_GRID_KEY])[1] = start;
    }

    /** Drops the references to this call's sessions from the thread's working arrays. */
    void release() {
        Arrays.fill(sessions, 0, sessionCount, null);
    }

    TrainingSession session(int i) {
        return (TrainingSession) sessions[i];
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
        WeekContext c = new WeekContext(input);
        try {
            c.bucketSessions();
            c.bucketWellness();
            c.resolveDays();
        } catch (RuntimeException | Error e) {
            c.release();
            throw e;
        }
        return c;
    }

    /** Day index of a date; cheap field reads and a month table instead of {@code toEpochDay()} per record. */
    int index(LocalDate date) {
        int month = date.getYear() * 12 + date.getMonthValue() - 1 - firstMonth;
        if (month < 0 || month >= MONTHS) {
            return month < 0 ? -1 : Integer.MAX_VALUE;
        }
        return monthStart[month] + date.getDayOfMonth() - 1;
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
        List<TrainingSession> all = input.sessions();
        int[] days = recordDay;
        double[] movingOf = recordValue;
        for (int k = 0, size = all.size(); k < size; k++) {
            TrainingSession s = all.get(k);
            days[k] = index(s.date());
            movingOf[k] = s.movingMinutes();
        }
        for (int k = 0, size = all.size(); k < size; k++) {
            int day = days[k];
            if (day < 0 || day > gridEnd) {
                continue;
            }
            TrainingSession s = all.get(k);
            if (s.excluded()) {
                continue;
            }
            SessionType type = s.type();
            double moving = movingOf[k];
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
            int typeFlags = TYPE_FLAGS[type.ordinal()];
            flags[day] |= f | typeFlags;
            if ((typeFlags & RUN) != 0) {
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
        int[] days = recordDay;
        for (int k = 0, size = all.size(); k < size; k++) {
            days[k] = index(all.get(k).date());
        }
        for (int k = 0, size = all.size(); k < size; k++) {
            int day = days[k];
            if (day < 0 || day > gridEnd) {
                continue;
            }
            WellnessEntry w = all.get(k);
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
                    status[day] = (byte) ((f & LOAD_UNKNOWN) != 0 ? DayStatus.LOAD_UNKNOWN : DayStatus.REST).ordinal();
                } else {
                    status[day] = (byte) ((f & LOAD_UNKNOWN) != 0 ? DayStatus.LOAD_UNKNOWN : DayStatus.TRAINED).ordinal();
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
                status[day] = (byte) DayStatus.NOT_YET.ordinal();
            }
            knownLoad[day] = day <= last && LOAD_KNOWN[status[day]] ? load[day] : Double.NaN;
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

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
