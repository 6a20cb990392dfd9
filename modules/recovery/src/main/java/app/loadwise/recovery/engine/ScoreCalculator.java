package app.loadwise.recovery.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The balance score, formula {@link RecoveryEngine#FORMULA_VERSION}: 100 minus points per finding (capped per
 * rule) minus a form penalty when fatigue runs well ahead of fitness, kept within 0-100; any red finding holds
 * the score at most 49 and any amber finding at most 74, so the status always matches the findings.
 * docs/scoring.md explains every number.
 */
final class ScoreCalculator {

    static final int RED_CAP = 49;
    static final int AMBER_CAP = 74;
    /** Form (TSB / CTL) below this costs points: 50 per unit below, at most 15. */
    static final double FORM_FREE = -0.10;
    static final double FORM_POINTS_PER_UNIT = 50;
    static final int FORM_MAX_POINTS = 15;

    private static final RuleId[] RULES = RuleId.values();
    /** Component explanations by rule and finding count ("1 refuel finding"), made once instead of per score. */
    private static final int EXPLAINED_COUNTS = 16;
    private static final String[][] EXPLANATIONS = new String[RULES.length][EXPLAINED_COUNTS];

    /** Form component explanations by TSB as a percentage of CTL, 0 to -299. */
    private static final String[] FORM_TEXTS = new String[300];

    static {
        for (int k = 0; k < FORM_TEXTS.length; k++) {
            FORM_TEXTS[k] = newFormText(-k);
        }
        for (RuleId rule : RULES) {
            for (int count = 1; count < EXPLAINED_COUNTS; count++) {
                EXPLANATIONS[rule.ordinal()][count] = explanation(rule, count);
            }
        }
    }

    private ScoreCalculator() {
    }

    /** Points per finding and the most one rule can take, by rule. */
    static int pointsPerFinding(RuleId rule, Severity severity) {
        return switch (rule) {
            case PAIN -> 40;
            case BURNOUT -> 35;
            case SLEEP -> severity == Severity.RED ? 25 : 10;
            case NO_EASY_DAY, SINGLE_RUN_SPIKE -> 12;
            case SPEED_DAYS, NEW_INTENSITY, MONOTONY -> 10;
            case BUFFER_DAY, ACWR_SPIKE -> 8;
            case AFTER_LONG_RUN -> 6;
            case STRENGTH -> 3;
            case WARM_UP, REFUEL -> 2;
        };
    }

    static int maxPoints(RuleId rule) {
        return switch (rule) {
            case BUFFER_DAY -> 16;
            case AFTER_LONG_RUN -> 12;
            case WARM_UP, REFUEL -> 4;
            default -> 40;
        };
    }

    static BalanceScore score(WeekFigures f, List<Finding> findings, boolean provisional) {
        RuleId[] rules = RULES;
        int[] points = new int[rules.length];
        int[] counts = new int[rules.length];
        boolean red = false;
        boolean amber = false;
        for (int k = 0, n = findings.size(); k < n; k++) {
            Finding finding = findings.get(k);
            RuleId rule = RuleId.fromId(finding.ruleId());
            points[rule.ordinal()] += pointsPerFinding(rule, finding.severity());
            counts[rule.ordinal()]++;
            red |= finding.severity() == Severity.RED;
            amber |= finding.severity() == Severity.AMBER;
        }
        List<ScoreComponent> components = new ArrayList<>(4);
        int total = 100;
        for (RuleId rule : rules) {
            int p = Math.min(points[rule.ordinal()], maxPoints(rule));
            if (p > 0) {
                total -= p;
                int count = counts[rule.ordinal()];
                components.add(new ScoreComponent(rule.id(), -p, count < EXPLAINED_COUNTS
                        ? EXPLANATIONS[rule.ordinal()][count] : explanation(rule, count)));
            }
        }
        int form = formPoints(f.fitness());
        if (form > 0) {
            total -= form;
            long percent = Math.round(100 * f.fitness().tsb() / f.fitness().ctl());
            components.add(new ScoreComponent("form", -form, formText(percent)));
        }
        total = Math.max(0, total);
        int cap = red ? RED_CAP : amber ? AMBER_CAP : 100;
        if (total > cap) {
            components.add(new ScoreComponent(red ? "red-finding" : "amber-finding", cap - total,
                    red ? "A red finding holds the score in the red band (at most " + RED_CAP + ")"
                            : "An amber finding holds the score in the amber band (at most " + AMBER_CAP + ")"));
            total = cap;
        }
        return new BalanceScore(total, Status.ofScore(total), RecoveryEngine.FORMULA_VERSION, components, provisional);
    }

    /** "Fatigue (ATL) well above fitness (CTL): TSB is -23% of CTL"; made once for the usual percentages. */
    static String formText(long percent) {
        return percent <= 0 && percent > -FORM_TEXTS.length ? FORM_TEXTS[(int) -percent] : newFormText(percent);
    }

    private static String newFormText(long percent) {
        return "Fatigue (ATL) well above fitness (CTL): TSB is " + percent + "% of CTL";
    }

    private static String explanation(RuleId rule, int count) {
        return count == 1
                ? "1 " + rule.id() + " finding"
                : count + " " + rule.id() + " findings (at most " + maxPoints(rule) + " points)";
    }

    /** Points for form (TSB / CTL) below -10%: 50 per unit below, rounded, at most 15; 0 without fitness figures. */
    static int formPoints(WeekFigures.FitnessFatigue fitness) {
        if (fitness.state() != FigureState.AVAILABLE || fitness.ctl() <= 0) {
            return 0;
        }
        double form = fitness.tsb() / fitness.ctl();
        if (form >= FORM_FREE) {
            return 0;
        }
        return (int) Math.min(FORM_MAX_POINTS, Math.round(FORM_POINTS_PER_UNIT * (FORM_FREE - form)));
    }
}
