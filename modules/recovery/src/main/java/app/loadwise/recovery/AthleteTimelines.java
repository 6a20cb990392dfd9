package app.loadwise.recovery;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.training.SessionRow;
import app.loadwise.domain.training.TrainingLogRows;
import app.loadwise.domain.training.WellnessRow;
import app.loadwise.recovery.engine.LevelRules;
import app.loadwise.recovery.engine.RuleSettings;
import app.loadwise.recovery.engine.SessionLoad;
import app.loadwise.recovery.engine.WeeklyAssessment;
import app.loadwise.recovery.internal.AthleteScorer;
import app.loadwise.recovery.internal.AthleteScoringInput;
import app.loadwise.recovery.internal.DailySeries;
import app.loadwise.recovery.internal.ScoringInputLoader;
import app.loadwise.recovery.internal.ScoringWeeks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An athlete's recent days for the charts: session loads as the recovery engine computes them for the weekly score,
 * the daily averages, and wellness against baselines.
 */
@ApplicationScoped
@Transactional
public class AthleteTimelines {

    public static final int DEFAULT_WEEKS = 16;
    public static final int MAX_WEEKS = 104;
    /** Days before the first day shown that warm the averages up (as the engine's 63-day history). */
    static final int WARM_UP_DAYS = 63;
    /** The ratio range below the club's spike threshold that the charts shade (Gabbett's "sweet spot" from 0.8). */
    static final double ACWR_SAFE_LOW = 0.8;

    @Inject
    AthleteRepository athletes;

    @Inject
    ClubRepository clubs;

    @Inject
    TrainingLogRows rows;

    @Inject
    ScoringInputLoader loader;

    @Inject
    Clock clock;

    private final AthleteScorer scorer = new AthleteScorer();

    public AthleteTimeline of(long athleteId, Integer weeks) {
        int count = weeks == null ? DEFAULT_WEEKS : weeks;
        InvalidValueException.require(count >= 1 && count <= MAX_WEEKS, "weeks", "weeks must be between 1 and " + MAX_WEEKS);
        Athlete athlete = athletes.get(athleteId);
        Club club = clubs.get(athlete.clubId());
        ZoneId zone = athlete.zoneOr(club.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate shownFrom = IsoWeek.of(today).monday().minusWeeks(count - 1L);
        LocalDate first = shownFrom.minusDays(WARM_UP_DAYS);
        // a club whose stored settings do not read is charted with the defaults; its scoring run reports the fault
        RuleSettings settings = loader.settingsOf(club.id()).orElse(RuleSettings.defaults());
        List<SessionRow> sessions = rows.sessions(List.of(athleteId), first.minusDays(WARM_UP_DAYS + 7L), today);
        List<WellnessRow> wellness = rows.wellness(List.of(athleteId), first.minusDays(WARM_UP_DAYS + 7L), today);
        AthleteScoringInput input = new AthleteScoringInput(athleteId, athlete, zone, sessions, wellness, settings, null);

        List<ScoringWeeks.Target> targets = ScoringWeeks.range(IsoWeek.of(first), IsoWeek.of(today), today);
        Map<LocalDate, List<Double>> loads = new HashMap<>();
        for (WeeklyAssessment assessment : scorer.assess(input, targets, settings)) {
            for (SessionLoad load : assessment.sessionLoads()) {
                loads.computeIfAbsent(load.date(), d -> new ArrayList<>()).add(load.load());
            }
        }
        Map<LocalDate, WellnessRow> wellnessByDate = new HashMap<>();
        wellness.forEach(w -> wellnessByDate.put(w.date(), w));
        Set<LocalDate> dates = new HashSet<>(loads.keySet());
        dates.addAll(wellnessByDate.keySet());
        Map<LocalDate, DailySeries.Recorded> recorded = new HashMap<>();
        for (LocalDate date : dates) {
            WellnessRow w = wellnessByDate.get(date);
            recorded.put(date, new DailySeries.Recorded(loads.getOrDefault(date, List.of()), w != null,
                    w == null ? null : w.sleepHours(), w == null ? null : w.restingHr(), w == null ? null : w.hrvMs()));
        }
        LevelRules rules = settings.forLevel(athlete.level());
        double high = rules.acwrSpike().maxEwmaAcwr();
        return new AthleteTimeline(athleteId, shownFrom, today, new AthleteTimeline.TimelineBand(Math.min(ACWR_SAFE_LOW, high), high),
                new AthleteTimeline.TimelineBand(7, 9), DailySeries.of(first, shownFrom, today, recorded));
    }
}
