package app.loadwise.recovery;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.FindingAcknowledgment;
import app.loadwise.domain.recovery.FindingAcknowledgmentRepository;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.recovery.engine.RecoveryEngine;
import app.loadwise.recovery.internal.store.ScoreTrendRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads stored weekly scores for a club's week or trend, or an athlete's history. */
@ApplicationScoped
@Transactional
public class ScoreQueries {

    public static final int DEFAULT_HISTORY_WEEKS = 12;
    public static final int MAX_HISTORY_WEEKS = 104;

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    WeeklyScoreRepository scores;

    @Inject
    FindingAcknowledgmentRepository acknowledgments;

    @Inject
    ScoreTrendRepository trends;

    @Inject
    Clock clock;

    /** The club's scores of a week (default: the week just ended in the club's time zone). */
    public ClubWeekScores ofClub(long clubId, IsoWeek week, ScoreStatus status, String sort) {
        Club club = clubs.get(clubId);
        IsoWeek isoWeek = week == null ? IsoWeek.of(LocalDate.now(clock.withZone(club.timeZone()))).previous() : week;
        List<WeeklyScore> week0 = scores.ofClub(clubId, isoWeek, RecoveryEngine.FORMULA_VERSION);
        Map<Long, Athlete> byId = athletes.findAll(week0.stream().map(WeeklyScore::athleteId).toList()).stream()
                .collect(Collectors.toMap(Athlete::id, Function.identity()));
        List<WeeklyScore> shown = week0.stream().filter(s -> status == null || s.status() == status).toList();
        Map<Long, List<StoredFinding>> findings = scores.findingsOf(shown.stream().map(WeeklyScore::id).toList());
        Map<String, List<FindingAcknowledgment>> acknowledged = acknowledgmentsOf(shown);
        List<AthleteWeekScore> items = shown.stream()
                .map(s -> AthleteWeekScore.of(byId.get(s.athleteId()), s, findings.getOrDefault(s.id(), List.of()),
                        acknowledged.getOrDefault(key(s.athleteId(), s.week()), List.of())))
                .sorted(order(sort))
                .toList();
        long green = week0.stream().filter(s -> s.status() == ScoreStatus.GREEN).count();
        long amber = week0.stream().filter(s -> s.status() == ScoreStatus.AMBER).count();
        long red = week0.stream().filter(s -> s.status() == ScoreStatus.RED).count();
        return new ClubWeekScores(clubId, isoWeek.toString(), RecoveryEngine.FORMULA_VERSION, week0.size(), green, amber, red, items);
    }

    /**
     * The club's scores from week {@code first} to {@code last} (inclusive) under the current formula, by week then
     * athlete: plain points read in one query, without findings.
     */
    public List<ScorePoint> trendOfClub(long clubId, IsoWeek first, IsoWeek last) {
        return trends.ofClub(clubId, RecoveryEngine.FORMULA_VERSION, first, last).stream()
                .map(row -> new ScorePoint(row.athleteId(), row.week(), row.score(), row.status(), row.weeklyLoad()))
                .toList();
    }

    /** An athlete's most recent weeks, newest first. */
    public List<AthleteWeekScore> historyOf(long athleteId, Integer weeks) {
        Athlete athlete = athletes.get(athleteId);
        int count = weeks == null ? DEFAULT_HISTORY_WEEKS : weeks;
        InvalidValueException.require(count >= 1 && count <= MAX_HISTORY_WEEKS, "weeks",
                "weeks must be between 1 and " + MAX_HISTORY_WEEKS);
        List<WeeklyScore> history = scores.historyOf(athleteId, RecoveryEngine.FORMULA_VERSION, count);
        Map<Long, List<StoredFinding>> findings = scores.findingsOf(history.stream().map(WeeklyScore::id).toList());
        Map<String, List<FindingAcknowledgment>> acknowledged = acknowledgmentsOf(history);
        return history.stream().map(s -> AthleteWeekScore.of(athlete, s, findings.getOrDefault(s.id(), List.of()),
                acknowledged.getOrDefault(key(s.athleteId(), s.week()), List.of()))).toList();
    }

    /** The acknowledgments of the scores' athletes and weeks, by athlete and week, in one query per thousand athletes. */
    private Map<String, List<FindingAcknowledgment>> acknowledgmentsOf(List<WeeklyScore> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        return acknowledgments.of(shown.stream().map(WeeklyScore::athleteId).toList(), shown.stream().map(WeeklyScore::week).toList())
                .stream().collect(Collectors.groupingBy(a -> key(a.athleteId(), a.week())));
    }

    private static String key(long athleteId, IsoWeek week) {
        return athleteId + "|" + week;
    }

    private static Comparator<AthleteWeekScore> order(String sort) {
        Comparator<AthleteWeekScore> byName = Comparator.comparing(AthleteWeekScore::name).thenComparing(AthleteWeekScore::athleteId);
        Comparator<AthleteWeekScore> byScore = Comparator.comparingInt(AthleteWeekScore::score).thenComparing(byName);
        String key = sort == null || sort.isBlank() ? "score" : sort.strip();
        return switch (key) {
            case "score" -> byScore;
            case "-score" -> byScore.reversed();
            case "name" -> byName;
            case "-name" -> byName.reversed();
            default -> throw new InvalidValueException("sort", "sort must be score, -score, name or -name, got '" + sort + "'");
        };
    }

    /** One athlete's week in a trend: its score, status and weekly load (null when not computed). */
    public record ScorePoint(long athleteId, String week, int score, ScoreStatus status, Double weeklyLoad) {
    }

    /** A club's week: counts by status and the athletes' scores in the order asked for (worst first by default). */
    public record ClubWeekScores(long clubId, String week, String formulaVersion, int scored, long green, long amber, long red,
                                 List<AthleteWeekScore> items) {
    }
}
