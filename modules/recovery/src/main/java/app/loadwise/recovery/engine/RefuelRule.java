package app.loadwise.recovery.engine;


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
        for (int d = c.monday; d <= c.last; d++) {
            for (int i = c.dayHead[d]; i >= 0; i = c.nextInDay[i]) {
                if (!c.sessionHard(i)) {
                    continue;
                }
                double refuelAfter = c.refuelMinutesAfter(i);
                double carbs = c.carbsGrams(i);
                double protein = c.proteinGrams(i);
                boolean late = refuelAfter > r.maxMinutesAfter();
                boolean lowCarbs = carbs < r.minCarbsGrams();
                boolean lowProtein = protein < r.minProteinGrams();
                if (!late && !lowCarbs && !lowProtein) {
                    continue;
                }
                List<String> problems = new ArrayList<>(3);
                List<Measure> values = new ArrayList<>(3);
                List<Measure> thresholds = new ArrayList<>(3);
                if (late) {
                    problems.add("refuelled " + Texts.num0(refuelAfter) + " min after");
                    values.add(new Measure("refuel after", refuelAfter, "min"));
                    thresholds.add(new Measure("refuel within", r.maxMinutesAfter(), "min"));
                }
                if (lowCarbs) {
                    problems.add(Texts.num0(carbs) + " g carbohydrate");
                    values.add(new Measure("carbohydrate", carbs, "g"));
                    thresholds.add(new Measure("carbohydrate at least", r.minCarbsGrams(), "g"));
                }
                if (lowProtein) {
                    problems.add(Texts.num0(protein) + " g protein");
                    values.add(new Measure("protein", protein, "g"));
                    thresholds.add(new Measure("protein at least", r.minProteinGrams(), "g"));
                }
                out.add(new Finding(id(), Severity.ADVICE,
                        "Refuel after " + c.sessionText(i) + " on " + c.dayText(d) + ": "
                                + String.join(", ", problems) + ".",
                        ADVICE.get(r),
                        new Evidence(List.of(c.date(d)), List.of(c.id(i)), values, thresholds)));
            }
        }
    }

    private static String advice(LevelRules.Refuel r) {
        return "Within " + Texts.num0(r.maxMinutesAfter()) + " minutes of a hard session, eat at least "
                + Texts.num0(r.minCarbsGrams()) + " g carbohydrate and " + Texts.num0(r.minProteinGrams())
                + " g protein.";
    }
}
