package app.loadwise.recovery.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlannedSessionRepository;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.TrainingLogRows;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.PlanCheck;
import app.loadwise.recovery.PlanCheckView;
import app.loadwise.recovery.engine.AthleteProfile;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.TrainingSession;
import app.loadwise.recovery.engine.WellnessEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the plan check needs (the athlete, the club's rule settings, 63 days of history and the week's plan) and
 * hands it to {@link PlanAssessment}. A week that has begun is judged from today: the days before are taken as logged.
 */
@ApplicationScoped
@Transactional
public class PlanCheckService implements PlanCheck {

    /** The engine reads this many days before the week's Monday. */
    static final int HISTORY_DAYS = 63;

    @Inject
    AthleteRepository athletes;

    @Inject
    ClubRepository clubs;

    @Inject
    PlannedSessionRepository plans;

    @Inject
    TrainingLogRows rows;

    @Inject
    ScoringInputLoader settings;

    @Inject
    Clock clock;

    private final PlanAssessment assessment = new PlanAssessment();

    @Override
    public PlanCheckView check(long athleteId, String weekText) {
        Athlete athlete = athletes.get(athleteId);
        IsoWeek week = IsoWeek.parse(weekText);
        LocalDate today = LocalDate.now(clock.withZone(athlete.zoneOr(clubs.get(athlete.clubId()).timeZone())));
        LocalDate plannedFrom = plannedFrom(week, today);
        RuleSettings rules = settings.settingsOf(athlete.clubId()).orElseThrow(() -> new ConflictException("ruleSettings",
                "the club's rule settings cannot be used; fix them with PUT /api/v1/clubs/" + athlete.clubId() + "/rule-settings"));
        LocalDate from = week.monday().minusDays(HISTORY_DAYS);
        LocalDate to = plannedFrom.minusDays(1);
        List<TrainingSession> history = new ArrayList<>();
        List<WellnessEntry> wellness = new ArrayList<>();
        try {
            for (SessionRow row : rows.sessions(List.of(athleteId), from, to)) {
                history.add(AthleteScorer.session(row));
            }
            for (WellnessRow row : rows.wellness(List.of(athleteId), from, to)) {
                wellness.add(AthleteScorer.wellness(row));
            }
        } catch (InvalidValueException e) {
            throw new ConflictException("history", "the athlete's training log cannot be assessed: " + e.field() + ": "
                    + e.getMessage());
        }
        var stored = athlete.profile();
        AthleteProfile profile = new AthleteProfile(String.valueOf(athleteId), stored.sex(), stored.level(), stored.maxHr(),
                stored.restingHr(), stored.birthYear());
        List<PlanAssessment.Planned> plan = plans.ofAthlete(athleteId, plannedFrom, week.sunday()).stream()
                .map(p -> new PlanAssessment.Planned(p.id(), p.details())).toList();
        return assessment.assess(athleteId, profile, history, wellness, plan, rules, week, plannedFrom);
    }

    /** The week's Monday, or today while the week is under way (a week already over is checked as a whole plan). */
    static LocalDate plannedFrom(IsoWeek week, LocalDate today) {
        return week.contains(today) ? today : week.monday();
    }
}
