package app.loadwise.recovery.engine;

import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The assessed week of one athlete, day by day, with the {@value #HISTORY_DAYS} days of history before its Monday:
 * what the rules and figures read. Days run up to the week's last elapsed day (the as-of date, or the Sunday);
 * records after the as-of date are not seen. Built per assessment, immutable.
 */
final class Week {

    /** Days of history before the Monday. */
    static final int HISTORY_DAYS = 63;

    private final AssessmentInput input;
    private final LevelRules rules;
    /** From {@value #HISTORY_DAYS} days before the Monday through the last elapsed day. */
    private final List<Day> days;
    /** The week's elapsed days: the end of {@link #days} from the Monday. */
    private final List<Day> weekDays;
    /** The first day with a record, or -1 for none, as an index into {@link #days}. */
    private final int firstRecord;
    /** The exponentially weighted loads from the first record; empty below their 28 days of history. */
    private final List<ExponentialLoads.Point> exponentialLoads;

    private Week(AssessmentInput input, LevelRules rules, List<Day> days) {
        this.input = input;
        this.rules = rules;
        this.days = days;
        this.weekDays = days.subList(HISTORY_DAYS, days.size());
        int first = -1;
        for (int i = 0; i < days.size() && first < 0; i++) {
            if (days.get(i).isRecorded()) {
                first = i;
            }
        }
        this.firstRecord = first;
        this.exponentialLoads = historyDays() >= ExponentialLoads.BASELINE_DAYS
                ? ExponentialLoads.of(sinceFirstRecord()) : List.of();
    }

    static Week of(AssessmentInput input) {
        LevelRules rules = input.settings().forLevel(input.athlete().experienceLevel());
        return new Week(input, rules, List.copyOf(Days.of(input, rules)));
    }

    AthleteProfile athlete() {
        return input.athlete();
    }

    LevelRules rules() {
        return rules;
    }

    IsoWeek isoWeek() {
        return input.week();
    }

    /** Every day of the week is known: the as-of date is the Sunday or later. */
    boolean isComplete() {
        return !input.asOf().isBefore(input.week().sunday());
    }

    /** The week's elapsed days, Monday to the as-of date or the Sunday. */
    List<Day> days() {
        return weekDays;
    }

    /** The week's seven dates, Monday first. */
    List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            dates.add(input.week().monday().plusDays(i));
        }
        return dates;
    }

    Day lastDay() {
        return days.get(days.size() - 1);
    }

    /** The {@code n} days before the Monday (at most {@value #HISTORY_DAYS}), oldest first. */
    List<Day> daysBefore(int n) {
        return days.subList(HISTORY_DAYS - n, HISTORY_DAYS);
    }

    /** The {@code n} days before {@code day}, oldest first; {@code day} is a day of the week. */
    List<Day> daysBefore(Day day, int n) {
        int at = indexOf(day);
        return days.subList(at - n, at);
    }

    /** The day before {@code day}, which is a day of the week. */
    Day dayBefore(Day day) {
        return days.get(indexOf(day) - 1);
    }

    /** The last {@code n} days up to and including the last elapsed day. */
    List<Day> lastDays(int n) {
        return days.subList(days.size() - n, days.size());
    }

    /** The days with speed work, Monday to the last elapsed day. */
    List<Day> speedDays() {
        List<Day> speed = new ArrayList<>(7);
        for (Day day : weekDays) {
            if (day.hasSpeedWork()) {
                speed.add(day);
            }
        }
        return speed;
    }

    /** The days from the first one with a record through the last elapsed day; empty without a record. */
    List<Day> sinceFirstRecord() {
        return firstRecord < 0 ? List.of() : days.subList(firstRecord, days.size());
    }

    /** Days of history from the first record through the last elapsed day; 0 without a record. */
    int historyDays() {
        return firstRecord < 0 ? 0 : days.size() - firstRecord;
    }

    /** Days with history before {@code day}: from the first record up to the day before it; 0 without any. */
    int historyBefore(Day day) {
        return firstRecord < 0 ? 0 : Math.max(0, indexOf(day) - firstRecord);
    }

    /** Days from the first record up to the Monday (0 when the first record is in the week or there is none). */
    int historyBeforeWeek() {
        return firstRecord < 0 ? 0 : Math.max(0, HISTORY_DAYS - firstRecord);
    }

    /**
     * The EWMA and fitness-fatigue series day by day from the first record through the last elapsed day; empty
     * while the history is shorter than {@value ExponentialLoads#BASELINE_DAYS} days.
     */
    List<ExponentialLoads.Point> exponentialLoads() {
        return exponentialLoads;
    }

    private int indexOf(Day day) {
        return (int) (day.epochDay() - days.get(0).epochDay());
    }
}
