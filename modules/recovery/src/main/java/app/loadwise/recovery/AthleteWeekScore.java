package app.loadwise.recovery;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.recovery.FindingAcknowledgment;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An athlete's score for one week with the figures and findings behind it. Each finding shows its coach's
 * acknowledgment, if any; acknowledgments whose finding the week no longer has (it was scored again) are listed in
 * {@code acknowledgmentsWithoutFinding}.
 */
public record AthleteWeekScore(
        long athleteId,
        String memberId,
        String name,
        String level,
        String week,
        int score,
        ScoreStatus status,
        boolean provisional,
        String formulaVersion,
        Instant computedAt,
        String mainReason,
        WeeklyFigures.Values figures,
        List<Finding> findings,
        List<Acknowledgment> acknowledgmentsWithoutFinding) {

    /** A finding as the API shows it; {@code acknowledgment} is null until a coach acknowledges the rule's finding that week. */
    public record Finding(String ruleId, String severity, String message, String advice, String evidence, String evidenceStrength,
                          Acknowledgment acknowledgment) {
    }

    /** Who acknowledged a rule's finding in the week, when, with what note; {@code findingPresent} false: "finding no longer present". */
    public record Acknowledgment(String ruleId, String acknowledgedBy, Instant acknowledgedAt, String note, boolean findingPresent) {
    }

    /** The score with its findings and the acknowledgments of its athlete and week. */
    public static AthleteWeekScore of(Athlete athlete, WeeklyScore score, List<StoredFinding> stored,
                                      List<FindingAcknowledgment> acknowledgments) {
        Map<String, FindingAcknowledgment> byRule = acknowledgments.stream()
                .collect(Collectors.toMap(FindingAcknowledgment::ruleId, Function.identity(), (a, b) -> a));
        List<Finding> findings = stored.stream()
                .map(f -> new Finding(f.ruleId(), f.severity(), f.message(), f.advice(), f.evidence(), f.evidenceStrength(),
                        acknowledgment(byRule.get(f.ruleId()), true)))
                .toList();
        Set<String> fired = stored.stream().map(StoredFinding::ruleId).collect(Collectors.toSet());
        List<Acknowledgment> withoutFinding = acknowledgments.stream()
                .filter(a -> !fired.contains(a.ruleId()))
                .map(a -> acknowledgment(a, false))
                .toList();
        String mainReason = stored.stream().findFirst().map(StoredFinding::message).orElse(null);
        return new AthleteWeekScore(athlete.id(), athlete.memberId(), athlete.name(), athlete.level().code(),
                score.week().toString(), score.score(), score.status(), score.isProvisional(), score.formulaVersion(),
                score.computedAt(), mainReason, score.figures() == null ? null : score.figures().values(), findings, withoutFinding);
    }

    private static Acknowledgment acknowledgment(FindingAcknowledgment a, boolean present) {
        return a == null ? null : new Acknowledgment(a.ruleId(), a.acknowledgedBy(), a.acknowledgedAt(), a.note(), present);
    }
}
