package app.loadwise.recovery;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.domain.training.CheckInResponses;
import app.loadwise.recovery.engine.RecoveryEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A club's week for the squad page and integrations: every active athlete with score, figures and 8 weeks of load. */
@ApplicationScoped
@Transactional
public class SquadWeeks {

    /** Weeks of load in each athlete's sparkline, ending with the week shown. */
    public static final int LOAD_WEEKS = 8;

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    CheckInResponses responses;

    @Inject
    Clock clock;

    /** The club's week (default: the week just ended in the club's time zone). */
    public SquadWeek of(long clubId, IsoWeek week) {
        Club club = clubs.get(clubId);
        IsoWeek current = IsoWeek.of(LocalDate.now(clock.withZone(club.timeZone())));
        IsoWeek shown = week == null ? current.previous() : week;
        IsoWeek first = shown;
        for (int i = 1; i < LOAD_WEEKS; i++) {
            first = first.previous();
        }
        Map<Long, Map<String, WeeklyScore>> byAthlete = new HashMap<>();
        for (WeeklyScore s : scores.ofClubBetween(clubId, first, shown, RecoveryEngine.FORMULA_VERSION)) {
            byAthlete.computeIfAbsent(s.athleteId(), a -> new HashMap<>()).put(s.week().toString(), s);
        }
        List<WeeklyScore> ofWeek = byAthlete.values().stream().map(m -> m.get(shown.toString())).filter(Objects::nonNull).toList();
        Map<Long, List<StoredFinding>> findings = scores.findingsOf(ofWeek.stream().map(WeeklyScore::id).toList());
        Map<Long, List<LocalDate>> checkIns = responses.daysOfClub(clubId, shown.monday(), shown.monday().plusDays(6));

        List<SquadWeek.SquadAthlete> rows = new ArrayList<>();
        int red = 0;
        int amber = 0;
        int green = 0;
        for (Athlete athlete : athletes.activeAfter(clubId, 0, Long.MAX_VALUE, Integer.MAX_VALUE)) {
            Map<String, WeeklyScore> weeks = byAthlete.getOrDefault(athlete.id(), Map.of());
            WeeklyScore score = weeks.get(shown.toString());
            WeeklyScore previous = weeks.get(shown.previous().toString());
            List<SquadWeek.WeekLoad> history = new ArrayList<>(LOAD_WEEKS);
            IsoWeek w = first;
            for (int i = 0; i < LOAD_WEEKS; i++) {
                WeeklyScore s = weeks.get(w.toString());
                history.add(new SquadWeek.WeekLoad(w.toString(), s == null || s.figures() == null ? null : s.figures().values().weeklyLoad()));
                w = w.next();
            }
            if (score != null) {
                switch (score.status()) {
                    case RED -> red++;
                    case AMBER -> amber++;
                    case GREEN -> green++;
                    default -> { }
                }
            }
            List<StoredFinding> found = score == null ? List.of() : findings.getOrDefault(score.id(), List.of());
            WeeklyFigures.Values figures = score == null || score.figures() == null ? null : score.figures().values();
            rows.add(new SquadWeek.SquadAthlete(athlete.id(), athlete.memberId(), athlete.name(), athlete.level().code(),
                    score == null ? null : score.score(), score == null ? null : score.status(),
                    score != null && score.isProvisional(), found.isEmpty() ? null : found.get(0).message(), found.size(),
                    figures == null ? null : figures.weeklyLoad(), history,
                    figures == null ? null : figures.acwrEwma(), figures == null ? null : figures.avgSleepHours(),
                    figures == null ? null : figures.coverageDays(),
                    previous == null ? null : previous.score(),
                    score == null || previous == null ? null : score.score() - previous.score(),
                    checkIns.getOrDefault(athlete.id(), List.of()).stream().map(LocalDate::toString).toList()));
        }
        rows.sort(WORST_FIRST);
        int scored = red + amber + green;
        IsoWeek next = shown.next();
        return new SquadWeek(clubId, shown.toString(), shown.previous().toString(),
                next.monday().isAfter(current.monday()) ? null : next.toString(), RecoveryEngine.FORMULA_VERSION,
                new SquadWeek.SquadCounts(rows.size(), scored, red, amber, green, rows.size() - scored), rows);
    }

    /** Scored athletes by score, lowest first; then those without a score, by name. */
    static final Comparator<SquadWeek.SquadAthlete> WORST_FIRST = Comparator
            .comparing((SquadWeek.SquadAthlete a) -> a.score() == null)
            .thenComparing(a -> a.score() == null ? 0 : a.score())
            .thenComparing(SquadWeek.SquadAthlete::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(SquadWeek.SquadAthlete::athleteId);
}
