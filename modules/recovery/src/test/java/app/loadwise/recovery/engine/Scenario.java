package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.TrainingSession.orNaN;
import static app.loadwise.recovery.engine.TrainingSession.orNone;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.training.SessionType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Test scenarios: an athlete with nine weeks of a balanced, regular training pattern before the assessed week
 * (2026-W12, Mon 16 to Sun 22 March 2026), and the same pattern in the assessed week unless a test changes it.
 * The balanced week raises no finding, so each rule test changes exactly what it is about.
 */
final class Scenario {

    static final IsoWeek WEEK = new IsoWeek(2026, 12);
    static final LocalDate MONDAY = WEEK.monday();
    static final LocalDate SUNDAY = WEEK.sunday();

    private AthleteProfile athlete;
    private final List<TrainingSession> sessions = new ArrayList<>();
    private final List<WellnessEntry> wellness = new ArrayList<>();
    private RuleSettings settings = RuleSettings.defaults();
    private LocalDate asOf = SUNDAY;

    private final ExperienceLevel level;

    private Scenario(ExperienceLevel level) {
        this.level = level;
        athlete = EngineInputs.profile("athlete-1", Sex.FEMALE, level);
    }

    /** Nine balanced weeks of history plus a balanced assessed week, with daily wellness. */
    static Scenario balanced(ExperienceLevel level) {
        Scenario s = new Scenario(level);
        for (int w = -9; w <= 0; w++) {
            s.addBalancedWeek(MONDAY.plusWeeks(w));
        }
        for (LocalDate d = MONDAY.minusWeeks(9); !d.isAfter(SUNDAY); d = d.plusDays(1)) {
            s.wellness.add(normalWellness(d));
        }
        return s;
    }

    static Scenario balanced() {
        return balanced(ExperienceLevel.INTERMEDIATE);
    }

    /** No records at all. */
    static Scenario empty() {
        return new Scenario(ExperienceLevel.INTERMEDIATE);
    }

    /**
     * Mon rest; Tue intervals; Wed easy + strength; Thu tempo (easy for beginners, who get one speed day);
     * Fri easy + strength; Sat short easy; Sun long 80 min (under every level's hard threshold).
     */
    void addBalancedWeek(LocalDate monday) {
        String w = monday.toString();
        sessions.add(session(w + "-tue-intervals", monday.plusDays(1), SessionType.INTERVALS, 50, 7.0)
                .withWarmUpMinutes(20.0).withRefuel(30.0, 60.0, 25.0).withDistanceKm(10.0));
        sessions.add(session(w + "-wed-easy", monday.plusDays(2), SessionType.EASY, 40, 3.0).withDistanceKm(7.0));
        sessions.add(session(w + "-wed-strength", monday.plusDays(2), SessionType.STRENGTH, 30, 4.0));
        if (level == ExperienceLevel.BEGINNER) {
            sessions.add(session(w + "-thu-easy", monday.plusDays(3), SessionType.EASY, 45, 3.0).withDistanceKm(8.0));
        } else {
            sessions.add(session(w + "-thu-tempo", monday.plusDays(3), SessionType.TEMPO, 45, 6.0)
                    .withWarmUpMinutes(15.0).withRefuel(45.0, 50.0, 20.0).withDistanceKm(9.0));
        }
        sessions.add(session(w + "-fri-easy", monday.plusDays(4), SessionType.EASY, 40, 3.0).withDistanceKm(7.0));
        sessions.add(session(w + "-fri-strength", monday.plusDays(4), SessionType.STRENGTH, 30, 4.0));
        sessions.add(session(w + "-sat-easy", monday.plusDays(5), SessionType.EASY, 30, 2.0).withDistanceKm(5.0));
        sessions.add(session(w + "-sun-long", monday.plusDays(6), SessionType.LONG, 80, 4.0).withDistanceKm(14.0));
    }

    /** Wellness with small day-to-day variation around sleep 7.5 h, Hooper items 2-3, RHR 50, HRV 60 ms. */
    static WellnessEntry normalWellness(LocalDate d) {
        int k = (int) Math.floorMod(d.toEpochDay(), 5L);
        int item = 2 + (k % 2);
        return new WellnessEntry(d, 7.25 + 0.125 * k, item, 49 + (k % 3), 56.0 + 2 * k, item, item, item, item, null);
    }

    static TrainingSession session(String id, LocalDate date, SessionType type, double minutes, Double rpe) {
        return TrainingSession.of(id, date, type, minutes, orNaN(rpe));
    }

    static LocalDate day(DayOfWeek dow) {
        return MONDAY.plusDays(dow.ordinal());
    }

    /** Replaces every session on a day of the assessed week. */
    Scenario replaceDay(DayOfWeek dow, TrainingSession... replacements) {
        LocalDate date = day(dow);
        sessions.removeIf(s -> s.date().equals(date));
        sessions.addAll(List.of(replacements));
        return this;
    }

    Scenario clearDate(LocalDate date) {
        sessions.removeIf(s -> s.date().equals(date));
        return this;
    }

    Scenario add(TrainingSession s) {
        sessions.add(s);
        return this;
    }

    Scenario addWellness(WellnessEntry w) {
        wellness.add(w);
        return this;
    }

    /** Changes every session matching an id suffix in the assessed week. */
    Scenario changeWeekSession(String idSuffix, UnaryOperator<TrainingSession> change) {
        sessions.replaceAll(s -> WEEK.contains(s.date()) && s.id().endsWith(idSuffix) ? change.apply(s) : s);
        return this;
    }

    Scenario changeSessions(java.util.function.Predicate<TrainingSession> which, UnaryOperator<TrainingSession> change) {
        sessions.replaceAll(s -> which.test(s) ? change.apply(s) : s);
        return this;
    }

    Scenario removeSessions(java.util.function.Predicate<TrainingSession> which) {
        sessions.removeIf(which);
        return this;
    }

    /** Changes the wellness entry of a date (adds a normal one first if missing). */
    Scenario wellnessOn(LocalDate date, UnaryOperator<WellnessEntry> change) {
        boolean found = false;
        for (int i = 0; i < wellness.size(); i++) {
            if (wellness.get(i).date().equals(date)) {
                wellness.set(i, change.apply(wellness.get(i)));
                found = true;
            }
        }
        if (!found) {
            wellness.add(change.apply(normalWellness(date)));
        }
        return this;
    }

    Scenario removeWellness(java.util.function.Predicate<WellnessEntry> which) {
        wellness.removeIf(which);
        return this;
    }

    Scenario settings(RuleSettings s) {
        settings = s;
        return this;
    }

    Scenario allLevels(UnaryOperator<LevelRules> change) {
        settings = settings.withAllLevels(change);
        return this;
    }

    Scenario asOf(LocalDate date) {
        asOf = date;
        return this;
    }

    Scenario athlete(AthleteProfile profile) {
        athlete = profile;
        return this;
    }

    List<TrainingSession> sessions() {
        return sessions;
    }

    List<WellnessEntry> wellness() {
        return wellness;
    }

    AssessmentInput input() {
        return new AssessmentInput(athlete, sessions, wellness, settings, WEEK, asOf);
    }

    WeeklyAssessment assess() {
        return new RecoveryEngine().assess(input());
    }

    List<Finding> findings(RuleId rule) {
        return assess().findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    }

    /** The same session as another type. */
    static TrainingSession retype(TrainingSession s, SessionType type) {
        return new TrainingSession(s.id(), s.date(), s.startTime(), type, s.movingMinutes(), s.elapsedMinutes(),
                s.distanceKm(), s.rpe(), s.avgHeartRate(), s.maxHeartRate(), s.warmUpMinutes(), s.refuelMinutesAfter(),
                s.carbsGrams(), s.proteinGrams(), s.pain(), s.painLocation(), s.painScore(), s.muscleSoreness(),
                s.excluded(), s.notes());
    }

    /** The same session with other minutes and RPE. */
    static TrainingSession resize(TrainingSession s, double minutes, Double rpe) {
        return new TrainingSession(s.id(), s.date(), s.startTime(), s.type(), minutes, s.elapsedMinutes(),
                s.distanceKm(), orNaN(rpe), s.avgHeartRate(), s.maxHeartRate(), s.warmUpMinutes(),
                s.refuelMinutesAfter(), s.carbsGrams(), s.proteinGrams(), s.pain(), s.painLocation(), s.painScore(),
                s.muscleSoreness(), s.excluded(), s.notes());
    }

    static WellnessEntry withSleep(WellnessEntry w, Double hours) {
        return new WellnessEntry(w.date(), orNaN(hours), w.sleepQuality(), w.restingHeartRate(), w.hrvRmssdMs(),
                w.fatigue(), w.stress(), w.mood(), w.soreness(), w.painNote());
    }

    static WellnessEntry withItems(WellnessEntry w, Integer sleepQuality, Integer fatigue, Integer stress, Integer mood,
                                   Integer soreness) {
        return new WellnessEntry(w.date(), w.sleepHours(), orNone(sleepQuality), w.restingHeartRate(), w.hrvRmssdMs(),
                orNone(fatigue), orNone(stress), orNone(mood), orNone(soreness), w.painNote());
    }

    static WellnessEntry withPhysio(WellnessEntry w, Integer restingHr, Double hrv) {
        return new WellnessEntry(w.date(), w.sleepHours(), w.sleepQuality(), orNone(restingHr), orNaN(hrv),
                w.fatigue(), w.stress(), w.mood(), w.soreness(), w.painNote());
    }

    static WellnessEntry withPainNote(WellnessEntry w, String note) {
        return new WellnessEntry(w.date(), w.sleepHours(), w.sleepQuality(), w.restingHeartRate(), w.hrvRmssdMs(),
                w.fatigue(), w.stress(), w.mood(), w.soreness(), note);
    }
}
