package app.loadwise.traininglog.plan;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlanComparison;
import app.loadwise.domain.plan.PlannedSession;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.plan.PlannedSessionRepository;
import app.loadwise.domain.training.TrainingLogRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An athlete's plan: a week's planned sessions read, replaced, added to one by one, and compared with what was done. */
@ApplicationScoped
@Transactional
public class PlanService {

    /** Planned sessions on one day at most (a morning and an evening run and strength, say). */
    public static final int MAX_PER_DAY = 3;

    @Inject
    AthleteRepository athletes;

    @Inject
    ClubRepository clubs;

    @Inject
    PlannedSessionRepository planned;

    @Inject
    TrainingLogRows rows;

    @Inject
    Clock clock;

    /** The athlete's plan for the ISO week ("2026-W49"). */
    public PlanWeekView week(long athleteId, String weekText) {
        athletes.get(athleteId);
        IsoWeek week = IsoWeek.parse(weekText);
        return PlanWeekView.of(athleteId, week, views(planned.ofAthlete(athleteId, week.monday(), week.sunday())));
    }

    /**
     * Replaces the week's plan with the request's sessions, all or nothing: every date must lie in the week and no
     * day may hold more than {@link #MAX_PER_DAY}; a bad session is named by its place ({@code sessions[2].minutes}).
     * Sending the same plan again leaves the same plan.
     */
    public PlanWeekView replaceWeek(long athleteId, String weekText, PlanWeekRequest request) {
        athletes.get(athleteId);
        IsoWeek week = IsoWeek.parse(weekText);
        List<PlannedSessionDetails> details = checkedWeek(week, request.sessions());
        List<PlannedSession> stored = planned.replace(athleteId, week.monday(), week.sunday(), details, PlannedSession.Source.API);
        return PlanWeekView.of(athleteId, week, views(stored));
    }

    /** The request's sessions checked as one week's plan; errors are named {@code sessions[i].field}. */
    public static List<PlannedSessionDetails> checkedWeek(IsoWeek week, List<PlannedSessionRequest> sessions) {
        List<PlannedSessionDetails> details = new ArrayList<>(sessions.size());
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            String at = "sessions[" + i + "]";
            PlannedSessionRequest session = sessions.get(i);
            if (session == null) {
                throw new InvalidValueException(at, "a planned session is required at " + at);
            }
            PlannedSessionDetails d;
            try {
                d = session.details();
            } catch (InvalidValueException e) {
                throw new InvalidValueException(at + "." + e.field(), e.getMessage());
            }
            if (!week.contains(d.date())) {
                throw new InvalidValueException(at + ".date", "date " + d.date() + " is not in week " + week + " ("
                        + week.monday() + " to " + week.sunday() + ")");
            }
            if (perDay.merge(d.date(), 1, Integer::sum) > MAX_PER_DAY) {
                throw new InvalidValueException(at + ".date", "at most " + MAX_PER_DAY + " sessions can be planned on one day; "
                        + d.date() + " has more");
            }
            details.add(d);
        }
        return details;
    }

    /** Adds one planned session; a day holds at most {@link #MAX_PER_DAY}. */
    public PlannedSessionView add(long athleteId, PlannedSessionRequest request) {
        athletes.get(athleteId);
        PlannedSessionDetails details = request.details();
        if (planned.countOn(athleteId, details.date()) >= MAX_PER_DAY) {
            throw new InvalidValueException("date", "at most " + MAX_PER_DAY + " sessions can be planned on one day; "
                    + details.date() + " has " + MAX_PER_DAY + " already");
        }
        return PlannedSessionView.of(planned.store(new PlannedSession(athleteId, details, PlannedSession.Source.API)));
    }

    public PlannedSessionView get(long athleteId, long plannedSessionId) {
        return PlannedSessionView.of(planned.get(athleteId, plannedSessionId));
    }

    public void delete(long athleteId, long plannedSessionId) {
        planned.remove(planned.get(athleteId, plannedSessionId));
    }

    /**
     * Planned against done for the week, as of today in the athlete's (else the club's) time zone: days before
     * today have passed.
     */
    public PlanComparisonView compare(long athleteId, String weekText) {
        Athlete athlete = athletes.get(athleteId);
        IsoWeek week = IsoWeek.parse(weekText);
        LocalDate today = LocalDate.now(clock.withZone(athlete.zoneOr(clubs.get(athlete.clubId()).timeZone())));
        PlanComparison.Result result = PlanComparison.compare(planned.ofAthlete(athleteId, week.monday(), week.sunday()),
                rows.sessions(List.of(athleteId), week.monday(), week.sunday()), today);
        return PlanComparisonView.of(athleteId, week.toString(), today, result);
    }

    private static List<PlannedSessionView> views(List<PlannedSession> sessions) {
        return sessions.stream().map(PlannedSessionView::of).toList();
    }
}
