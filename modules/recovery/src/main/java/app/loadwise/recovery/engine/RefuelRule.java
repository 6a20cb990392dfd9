package app.loadwise.recovery.engine;

import app.loadwise.domain.common.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/** After a hard session: refuel late, or too little carbohydrate or protein. Only recorded values are judged. */
public final class RefuelRule implements CoachingRule {

    /** After a hard session: refuel within {@code maxMinutesAfter}, with at least the given carbs and protein. */
    public record Refuel(boolean enabled, double maxMinutesAfter, double minCarbsGrams, double minProteinGrams) {
        public Refuel {
            LevelRules.positive(maxMinutesAfter, "maxMinutesAfter");
            InvalidValueException.require(minCarbsGrams >= 0 && minProteinGrams >= 0, "refuel", "grams must not be negative");
        }
    }

    @Override
    public RuleId id() {
        return RuleId.REFUEL;
    }

    @Override
    public void evaluate(Week week, WeekFigures f, List<Finding> out) {
        Refuel r = week.rules().refuel();
        for (Day day : week.days()) {
            for (LoggedSession hard : day.sessions()) {
                if (!hard.hard()) {
                    continue;
                }
                TrainingSession s = hard.session();
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
                    problems.add("refuelled " + FindingFormat.num0(s.refuelMinutesAfter()) + " min after");
                    values.add(new Measure("refuel after", s.refuelMinutesAfter(), "min"));
                    thresholds.add(new Measure("refuel within", r.maxMinutesAfter(), "min"));
                }
                if (lowCarbs) {
                    problems.add(FindingFormat.num0(s.carbsGrams()) + " g carbohydrate");
                    values.add(new Measure("carbohydrate", s.carbsGrams(), "g"));
                    thresholds.add(new Measure("carbohydrate at least", r.minCarbsGrams(), "g"));
                }
                if (lowProtein) {
                    problems.add(FindingFormat.num0(s.proteinGrams()) + " g protein");
                    values.add(new Measure("protein", s.proteinGrams(), "g"));
                    thresholds.add(new Measure("protein at least", r.minProteinGrams(), "g"));
                }
                out.add(new Finding(id(), Severity.ADVICE,
                        "Refuel after " + hard.text() + " on " + day.text() + ": " + String.join(", ", problems) + ".",
                        advice(r),
                        new Evidence(List.of(day.date()), List.of(hard.id()), values, thresholds)));
            }
        }
    }

    static String advice(Refuel r) {
        return "Within " + FindingFormat.num0(r.maxMinutesAfter()) + " minutes of a hard session, eat at least "
                + FindingFormat.num0(r.minCarbsGrams()) + " g carbohydrate and " + FindingFormat.num0(r.minProteinGrams())
                + " g protein.";
    }
}
