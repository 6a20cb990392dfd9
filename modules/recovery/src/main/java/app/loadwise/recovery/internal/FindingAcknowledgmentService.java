package app.loadwise.recovery.internal;

import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.recovery.FindingAcknowledgment;
import app.loadwise.domain.recovery.FindingAcknowledgmentRepository;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.recovery.AcknowledgmentRequest;
import app.loadwise.recovery.AcknowledgmentView;
import app.loadwise.recovery.FindingAcknowledgments;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.engine.RuleId;
import app.loadwise.recovery.engine.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Acknowledgments of findings, checked against the week's stored score under the current formula. */
@ApplicationScoped
@Transactional
public class FindingAcknowledgmentService implements FindingAcknowledgments {

    @Inject
    AthleteRepository athletes;

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    FindingAcknowledgmentRepository acknowledgments;

    @Inject
    Clock clock;

    @Override
    public Acknowledged acknowledge(long athleteId, String week, String ruleId, AcknowledgmentRequest request, String by) {
        Key key = key(athleteId, week, ruleId);
        WeeklyScore score = scores.find(athleteId, key.week(), RecoveryEngine.FORMULA_VERSION)
                .orElseThrow(() -> new NotFoundException("score for week", key.week() + " of athlete " + athleteId));
        String severity = severity(score, ruleId)
                .orElseThrow(() -> new NotFoundException("finding of rule", "'" + ruleId + "' in week " + key.week() + " of athlete " + athleteId));
        String note = request == null ? null : request.note();
        Optional<FindingAcknowledgment> existing = acknowledgments.find(athleteId, key.week(), ruleId);
        FindingAcknowledgment acknowledgment = existing.map(a -> {
            a.acknowledge(note, by, clock.instant());
            return a;
        }).orElseGet(() -> new FindingAcknowledgment(athleteId, key.week(), ruleId, note, by, clock.instant()));
        return new Acknowledged(existing.isEmpty(), view(acknowledgments.store(acknowledgment), severity));
    }

    @Override
    public AcknowledgmentView get(long athleteId, String week, String ruleId) {
        FindingAcknowledgment acknowledgment = stored(key(athleteId, week, ruleId));
        String severity = scores.find(athleteId, acknowledgment.week(), RecoveryEngine.FORMULA_VERSION)
                .flatMap(score -> severity(score, ruleId)).orElse(null);
        return view(acknowledgment, severity);
    }

    @Override
    public void withdraw(long athleteId, String week, String ruleId) {
        acknowledgments.remove(stored(key(athleteId, week, ruleId)));
    }

    private FindingAcknowledgment stored(Key key) {
        return acknowledgments.find(key.athleteId(), key.week(), key.ruleId())
                .orElseThrow(() -> new NotFoundException("acknowledgment of rule",
                        "'" + key.ruleId() + "' in week " + key.week() + " of athlete " + key.athleteId()));
    }

    /** Checks the athlete (404), the week (400 when malformed) and the rule id (404 when no rule has it). */
    private Key key(long athleteId, String week, String ruleId) {
        athletes.get(athleteId);
        IsoWeek isoWeek = IsoWeek.parse(week);
        try {
            RuleId.fromId(ruleId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("rule", "'" + ruleId + "'");
        }
        return new Key(athleteId, isoWeek, ruleId);
    }

    /** The most serious of the rule's findings in the score's week, if the rule fired. */
    private Optional<String> severity(WeeklyScore score, String ruleId) {
        List<StoredFinding> findings = scores.findingsOf(List.of(score.id())).getOrDefault(score.id(), List.of());
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(StoredFinding::severity)
                .max(Comparator.comparing(stored -> Severity.valueOf(stored.toUpperCase(Locale.ROOT))));
    }

    static AcknowledgmentView view(FindingAcknowledgment a, String findingSeverity) {
        return new AcknowledgmentView(a.athleteId(), a.week().toString(), a.ruleId(), a.note(), a.acknowledgedBy(),
                a.acknowledgedAt(), findingSeverity != null, findingSeverity);
    }

    private record Key(long athleteId, IsoWeek week, String ruleId) {
    }
}
