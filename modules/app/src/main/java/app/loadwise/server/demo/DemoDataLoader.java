package app.loadwise.server.demo;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.plan.PlannedSession;
import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.plan.PlannedSessionRepository;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.recovery.AcknowledgmentRequest;
import app.loadwise.recovery.FindingAcknowledgments;
import app.loadwise.recovery.ScoreBackfill;
import app.loadwise.recovery.ScoringFormula;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Stores the demo club once; a later start finds it and leaves it alone. */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    WellnessRepository wellness;

    @Inject
    Clock clock;

    @Inject
    ScoreBackfill backfill;

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    FindingAcknowledgments acknowledgments;

    @Inject
    PlannedSessionRepository plans;

    /** What the demo's coach wrote when acknowledging a finding of these athletes (by pattern). */
    static final Map<DemoClub.Pattern, String> COACH_NOTES = Map.of(
            DemoClub.Pattern.ACHILLES_PAIN, "Called her: no running until the physio has seen the Achilles on Friday; bike only.",
            DemoClub.Pattern.BACK_TO_BACK, "Moved Wednesday's tempo to Friday; easy day between the hard ones from now on.",
            DemoClub.Pattern.OVERREACHING, "Talked about the jump in volume; next week back to 80 % with one speed day.");

    /** Loads the demo club with training up to yesterday, unless a club of that name exists. Returns whether it loaded. */
    @Transactional
    public boolean loadIfAbsent() {
        if (clubs.findByName(DemoClub.NAME).isPresent()) {
            LOG.info("Demo club already present");
            return false;
        }
        Club club = clubs.store(new Club(DemoClub.NAME, ZONE, DayOfWeek.MONDAY, Locale.UK, clock.instant()));
        LocalDate yesterday = LocalDate.now(clock.withZone(ZONE)).minusDays(1);
        int sessionCount = 0;
        int wellnessCount = 0;
        Map<DemoClub.Pattern, List<Long>> demoAthletes = new EnumMap<>(DemoClub.Pattern.class);
        for (DemoClub.DemoAthlete demo : DemoClub.generate(yesterday)) {
            Athlete athlete = athletes.store(new Athlete(club.id(), demo.memberId(), demo.profile()));
            demoAthletes.computeIfAbsent(demo.pattern(), p -> new ArrayList<>()).add(athlete.id());
            sessions.storeAll(demo.sessions().stream()
                    .map(details -> new TrainingSession(athlete.id(), details, SessionSource.demo())).toList());
            wellness.storeAll(demo.wellness().stream().map(details -> new WellnessEntry(athlete.id(), details)).toList());
            List<PlannedSessionDetails> plan = DemoPlans.of(demo, yesterday);
            if (!plan.isEmpty()) {
                plans.replace(athlete.id(), plan.get(0).date(), plan.get(plan.size() - 1).date(), plan, PlannedSession.Source.API);
            }
            sessionCount += demo.sessions().size();
            wellnessCount += demo.wellness().size();
        }
        IsoWeek current = IsoWeek.of(yesterday);
        IsoWeek first = current;
        for (int i = 1; i < DemoClub.WEEKS; i++) {
            first = first.previous();
        }
        int scored = backfill.scoreClub(club.id(), first, current, yesterday);
        int acknowledged = acknowledgeSomeFindings(demoAthletes, current.previous());
        LOG.info(() -> "Scored the demo club's last " + DemoClub.WEEKS + " weeks (" + scored + " scores) and acknowledged "
                + acknowledged + " findings");
        int loadedSessions = sessionCount;
        int loadedWellness = wellnessCount;
        LOG.info(() -> "Loaded demo club '" + DemoClub.NAME + "' (id " + club.id() + "): " + loadedSessions + " sessions, "
                + loadedWellness + " wellness entries up to " + yesterday);
        return true;
    }

    /** The coach has read last week's first finding of one athlete of each pattern that has a note. */
    private int acknowledgeSomeFindings(Map<DemoClub.Pattern, List<Long>> demoAthletes, IsoWeek week) {
        int acknowledged = 0;
        for (Map.Entry<DemoClub.Pattern, String> note : COACH_NOTES.entrySet()) {
            List<Long> ids = demoAthletes.getOrDefault(note.getKey(), List.of());
            if (ids.isEmpty()) {
                continue;
            }
            long athleteId = ids.get(0);
            Optional<WeeklyScore> score = scores.find(athleteId, week, ScoringFormula.VERSION);
            List<StoredFinding> findings = score.map(s -> scores.findingsOf(List.of(s.id())).getOrDefault(s.id(), List.of()))
                    .orElse(List.of());
            if (!findings.isEmpty()) {
                acknowledgments.acknowledge(athleteId, week.toString(), findings.get(0).ruleId(),
                        new AcknowledgmentRequest(note.getValue()), "demo-coach");
                acknowledged++;
            }
        }
        return acknowledged;
    }
}
