package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.Scenario.day;
import static app.loadwise.recovery.engine.Scenario.session;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import app.loadwise.domain.training.SessionType;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** For every rule, a variation of the balanced scenario that makes it fire. */
final class RuleTriggers {

    private RuleTriggers() {
    }

    static Scenario firing(RuleId rule) {
        Scenario s = Scenario.balanced();
        return switch (rule) {
            case BUFFER_DAY -> s.replaceDay(WEDNESDAY, session("wed", day(WEDNESDAY), SessionType.INTERVALS, 40, 7.0));
            case SPEED_DAYS -> s.replaceDay(SATURDAY, session("sat", day(SATURDAY), SessionType.HILLS, 40, 7.0));
            case NEW_INTENSITY -> withoutSpeedHistory(s);
            case ACWR_SPIKE -> s.changeWeekSession("", x -> Scenario.resize(x, x.movingMinutes() * 3.0, x.rpe()));
            case SINGLE_RUN_SPIKE -> s.changeWeekSession("-sun-long", x -> x.withDistanceKm(20.0));
            case NO_EASY_DAY -> noEasyDay(s, 4);
            case AFTER_LONG_RUN -> s.replaceDay(SATURDAY, session("sat-long", day(SATURDAY), SessionType.LONG, 70, 4.0))
                    .replaceDay(SUNDAY, session("sun", day(SUNDAY), SessionType.STRIDES, 30, 3.0));
            case WARM_UP -> s.changeWeekSession("-thu-tempo", x -> x.withWarmUpMinutes(10.0));
            case STRENGTH -> s.removeSessions(x -> Scenario.WEEK.contains(x.date()) && x.type() == SessionType.STRENGTH);
            case SLEEP -> everyNight(s, 5.5);
            case REFUEL -> s.changeWeekSession("-tue-intervals", x -> x.withRefuel(90.0, 60.0, 25.0));
            case PAIN -> s.changeWeekSession("-tue-intervals", x -> x.withPain(true, null, TrainingSession.NOT_RECORDED));
            case BURNOUT -> burnoutDays(s, 3, 6, 6);
            case MONOTONY -> monotonousWeek(s, 4.0);
        };
    }

    /** The history's speed sessions turned into easy runs. */
    static Scenario withoutSpeedHistory(Scenario s) {
        return s.changeSessions(x -> x.date().isBefore(Scenario.MONDAY) && x.type().isSpeedWork(),
                x -> Scenario.retype(x, SessionType.EASY));
    }

    /** Monday, Wednesday, Friday, Saturday (the easy and rest days), {@code n} of them, turned into strides. */
    static Scenario noEasyDay(Scenario s, int n) {
        DayOfWeek[] easyDays = {MONDAY, WEDNESDAY, FRIDAY, SATURDAY};
        for (int i = 0; i < n; i++) {
            LocalDate d = day(easyDays[i]);
            s.replaceDay(easyDays[i], session("strides-" + d, d, SessionType.STRIDES, 30, 4.0));
        }
        return s;
    }

    static Scenario everyNight(Scenario s, double hours) {
        for (LocalDate d = Scenario.MONDAY; !d.isAfter(Scenario.SUNDAY); d = d.plusDays(1)) {
            s.wellnessOn(d, w -> Scenario.withSleep(w, hours));
        }
        return s;
    }

    /** Fatigue and stress set on the first {@code days} days of the week. */
    static Scenario burnoutDays(Scenario s, int days, int fatigue, int stress) {
        for (int i = 0; i < days; i++) {
            s.wellnessOn(Scenario.MONDAY.plusDays(i), w -> Scenario.withItems(w, w.sleepQuality(), fatigue, stress,
                    w.mood(), w.soreness()));
        }
        return s;
    }

    /** Every day an easy hour at the given RPE, Sunday 75 min, so the days barely vary. */
    static Scenario monotonousWeek(Scenario s, double rpe) {
        for (DayOfWeek dow : DayOfWeek.values()) {
            LocalDate d = day(dow);
            s.replaceDay(dow, session("same-" + d, d, SessionType.EASY, dow == SUNDAY ? 75 : 60, rpe));
        }
        return s;
    }

    static final DayOfWeek[] WEEKDAYS = {MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY};
}
