package app.loadwise.recovery.engine;

import static app.loadwise.recovery.engine.WeekContext.MONDAY;

import java.util.ArrayList;
import java.util.List;

/** After a hard session: refuel late, or too little carbohydrate or protein. Only recorded values are judged. */
final class RefuelRule implements CoachingRule {

    private static final SettingsCache<LevelRules.Refuel, String> ADVICE = new SettingsCache<>(RefuelRule::advice);

    @Override
    public RuleId id() {
        return RuleId.REFUEL;
    }

    @Override
    public void evaluate(WeekContext c, WeekFigures f, List<Finding> out) {
        LevelRules.Refuel r = c.rules.refuel();
        for (int d = MONDAY; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                if (!c.sessionHard(i)) {
                    continue;
                }
                TrainingSession s = c.session(i);
                boolean late = s.refuelMinutesAfter() > r.maxMinutesAfter();
                boolean lowCarbs = s.carbsGrams() < r.minCarbsGrams();
                boolean lowProtein = s.proteinGrams() < r.minProteinGrams();
                if (!late && !lowCarbs && !lowProtein) {
                    continue;
                }
                List<String> problems = new ArrayList<>(3);
                List<Measure> values = new ArrayList<>(3);
                List<Measure> thresholds = new ArrayList<>(3);
                if (late) {
                    problems.add("refuelled " + Texts.num0(s.refuelMinutesAfter()) + " min after");
                    values.add(new Measure("refuel after", s.refuelMinutesAfter(), "min"));
                    thresholds.add(new Measure("refuel within", r.maxMinutesAfter(), "min"));
                }
                if (lowCarbs) {
                    problems.add(Texts.num0(s.carbsGrams()) + " g carbohydrate");
                    values.add(new Measure("carbohydrate", s.carbsGrams(), "g"));
                    thresholds.add(new Measure("carbohydrate at least", r.minCarbsGrams(), "g"));
                }
                if (lowProtein) {
                    problems.add(Texts.num0(s.proteinGrams()) + " g protein");
                    values.add(new Measure("protein", s.proteinGrams(), "g"));
                    thresholds.add(new Measure("protein at least", r.minProteinGrams(), "g"));
                }
                out.add(new Finding(id(), Severity.ADVICE,
                        "Refuel after " + Texts.session(s) + " on " + c.dayText(d) + ": "
                                + String.join(", ", problems) + ".",
                        ADVICE.get(r),
                        new Evidence(List.of(s.date()), List.of(s.id()), values, thresholds)));
            }
        }
    }

    private static String advice(LevelRules.Refuel r) {
        return "Within " + Texts.num0(r.maxMinutesAfter()) + " minutes of a hard session, eat at least "
                + Texts.num0(r.minCarbsGrams()) + " g carbohydrate and " + Texts.num0(r.minProteinGrams())
                + " g protein.";
    }
}
