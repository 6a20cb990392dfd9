package app.loadwise.recovery;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.scoring.StoredFinding;
import app.loadwise.domain.scoring.WeeklyFigures;
import app.loadwise.domain.scoring.WeeklyScore;
import java.time.Instant;
import java.util.List;

/** An athlete's score for one week with the figures and findings behind it. */
public record AthleteWeekScore(
        long athleteId,
        String memberId,
        String name,
        String level,
        String week,
        int score,
        String status,
        boolean provisional,
        String formulaVersion,
        Instant computedAt,
        String mainReason,
        WeeklyFigures.Values figures,
        List<Finding> findings) {

    /** A finding as the API shows it. */
    public record Finding(String ruleId, String severity, String message, String advice, String evidence, String evidenceStrength) {
    }

    public static AthleteWeekScore of(Athlete athlete, WeeklyScore score, List<StoredFinding> stored) {
        List<Finding> findings = stored.stream()
                .map(f -> new Finding(f.ruleId(), f.severity(), f.message(), f.advice(), f.evidence(), f.evidenceStrength()))
                .toList();
        String mainReason = stored.stream().findFirst().map(StoredFinding::message).orElse(null);
        return new AthleteWeekScore(athlete.id(), athlete.memberId(), athlete.name(), athlete.level().code(),
                score.week().toString(), score.score(), score.status().code(), score.isProvisional(), score.formulaVersion(),
                score.computedAt(), mainReason, score.figures() == null ? null : score.figures().values(), findings);
    }
}
