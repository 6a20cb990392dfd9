package app.loadwise.recovery.internal;

import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.recovery.engine.Evidence;
import app.loadwise.recovery.engine.Finding;
import app.loadwise.recovery.engine.Measure;
import app.loadwise.recovery.engine.WeekFigures;
import app.loadwise.recovery.engine.WeeklyAssessment;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Writes an engine assessment into a stored weekly score. */
public final class ScoreRecords {

    private ScoreRecords() {
    }

    /** Records the assessment on the score (new or the one already stored for that week and formula). */
    public static void record(WeeklyScore score, WeeklyAssessment assessment, boolean provisional, Instant at) {
        score.record(assessment.score().value(), ScoreStatus.valueOf(assessment.score().status().name()),
                provisional || assessment.score().provisional(), figures(assessment), findings(assessment.findings()), at);
    }

    static WeeklyFigures figures(WeeklyAssessment assessment) {
        WeekFigures f = assessment.figures();
        WeekFigures.Wellness w = f.wellness();
        return new WeeklyFigures(new WeeklyFigures.Values(
                f.weeklyLoad(),
                orNull(f.ratios().acuteDailyLoad()),
                orNull(f.ratios().chronicDailyLoad()),
                orNull(f.ratios().rolling()),
                orNull(f.ratios().uncoupled()),
                orNull(f.ratios().ewma()),
                orNull(f.variation().monotony()),
                orNull(f.variation().strain()),
                orNull(f.fitness().ctl()),
                orNull(f.fitness().atl()),
                orNull(f.fitness().tsb()),
                orNull(f.fitness().rampRate()),
                assessment.sessionLoads().size(),
                f.counts().hardDays(),
                f.counts().restDays(),
                f.counts().longestHardStreak(),
                f.counts().strengthSessions(),
                orNull(f.runSpike().ratio()),
                orNull(w.averageSleepHours()),
                orNull(w.restingHeartRate().zScore()),
                orNull(w.hrv().zScore()),
                orNull(w.hooper().weekMeanIndex()),
                f.coverage().daysWithRecord(),
                f.coverage().baseline().name().toLowerCase(Locale.ROOT)));
    }

    /** A figure as stored: null (JSON null) when it was not worked out. */
    static Double orNull(double figure) {
        return WeekFigures.workedOut(figure) ? figure : null;
    }

    static List<StoredFinding> findings(List<Finding> findings) {
        return findings.stream()
                .map(f -> new StoredFinding(f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT), f.message(), f.advice(),
                        evidence(f.evidence()), f.evidenceStrength().description()))
                .toList();
    }

    /**
     * Evidence as one readable line, each measure in words with its unit ({@link Measure#text()}): "dates 2026-11-24;
     * sessions 12; EWMA ACWR 1.62; thresholds EWMA ACWR above 1.5".
     */
    static String evidence(Evidence evidence) {
        StringJoiner text = new StringJoiner("; ");
        if (!evidence.dates().isEmpty()) {
            text.add("dates " + evidence.dates().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (!evidence.sessionIds().isEmpty()) {
            text.add("sessions " + String.join(", ", evidence.sessionIds()));
        }
        if (!evidence.values().isEmpty()) {
            text.add(evidence.values().stream().map(ScoreRecords::measure).collect(Collectors.joining(", ")));
        }
        if (!evidence.quotes().isEmpty()) {
            text.add("words " + evidence.quotes().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", ")));
        }
        if (!evidence.thresholds().isEmpty()) {
            text.add("thresholds " + evidence.thresholds().stream().map(ScoreRecords::measure).collect(Collectors.joining(", ")));
        }
        String line = text.toString();
        return line.length() > 4000 ? line.substring(0, 3997) + "..." : line;
    }

    private static String measure(Measure m) {
        return m.text();
    }
}
