package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.health.BodyLocation;
import app.loadwise.domain.health.HealthEvent;
import app.loadwise.domain.health.HealthEventDetails;
import app.loadwise.domain.health.HealthEventKind;
import app.loadwise.domain.health.HealthEventRepository;
import app.loadwise.domain.health.HealthEventRow;
import app.loadwise.domain.health.HealthSeverity;
import app.loadwise.domain.recovery.ClubFindingRows;
import app.loadwise.domain.recovery.FindingAcknowledgment;
import app.loadwise.domain.recovery.FindingAcknowledgmentRepository;
import app.loadwise.domain.recovery.FindingRow;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.domain.recovery.ScoredWeekRow;
import app.loadwise.domain.recovery.StoredFinding;
import app.loadwise.domain.recovery.WeeklyFigures;
import app.loadwise.domain.recovery.WeeklyScore;
import app.loadwise.domain.recovery.WeeklyScoreRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Acknowledgments, injuries and illnesses, and the rows the rule precision report reads, on real PostgreSQL and H2. */
class FindingsWorkflowPersistenceIT {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");
    private static final IsoWeek W47 = IsoWeek.parse("2026-W47");
    private static final String VERSION = "2026.1";
    private static final WeeklyFigures FIGURES = new WeeklyFigures(new WeeklyFigures.Values(1800.0, 257.1, 230.0, 1.12, null,
            1.2, 1.4, 2520.0, 40.0, 55.0, -15.0, 3.0, 5, 2, 1, 1, null, 1.1, 6.8, 0.4, null, 14.0, 7, "available"));

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T tx(Function<EntityManager, T> work) {
        return TestDatabases.inTransaction(emf, work);
    }

    private long club() {
        return tx(em -> new ClubRepository(em).store(new Club("C", ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.UK, AT)).id());
    }

    private long athlete(long club, String memberId) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(club, memberId,
                new AthleteProfile(memberId, Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 190, 50, null))).id());
    }

    private void score(long athlete, long club, IsoWeek week, String version, StoredFinding... findings) {
        tx(em -> {
            WeeklyScore score = new WeeklyScore(athlete, club, week, version);
            boolean red = List.of(findings).stream().anyMatch(f -> f.severity().equals("red"));
            score.record(red ? 40 : 80, red ? ScoreStatus.RED : ScoreStatus.GREEN, false, FIGURES, List.of(findings), AT);
            new WeeklyScoreRepository(em).replaceAll(List.of(score));
            return null;
        });
    }

    private static StoredFinding finding(String rule, String severity) {
        return new StoredFinding(rule, severity, rule + " fired", "act", null, null);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAcknowledgmentOutlivesTheRescoringOfItsWeek(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club();
        long athlete = athlete(club, "A");
        score(athlete, club, W47, VERSION, finding("pain", "red"), finding("sleep", "amber"));
        long ackId = tx(em -> new FindingAcknowledgmentRepository(em)
                .store(new FindingAcknowledgment(athlete, W47, "pain", "  Talked to her; two easy days.  ", "coach.kim", AT)).id());

        score(athlete, club, W47, VERSION, finding("sleep", "amber"));

        Optional<FindingAcknowledgment> kept = tx(em -> new FindingAcknowledgmentRepository(em).find(athlete, W47, "pain"));
        assertThat(kept).get().satisfies(a -> {
            assertThat(a.id()).isEqualTo(ackId);
            assertThat(a.note()).isEqualTo("Talked to her; two easy days.");
            assertThat(a.acknowledgedBy()).isEqualTo("coach.kim");
            assertThat(a.acknowledgedAt()).isEqualTo(AT);
            assertThat(a.week()).isEqualTo(W47);
        });
        tx(em -> {
            FindingAcknowledgment again = new FindingAcknowledgmentRepository(em).find(athlete, W47, "pain").orElseThrow();
            again.acknowledge(null, "coach.lee", AT.plusSeconds(60));
            return new FindingAcknowledgmentRepository(em).store(again);
        });
        long other = athlete(club, "B");
        tx(em -> new FindingAcknowledgmentRepository(em).store(new FindingAcknowledgment(other, W47.next(), "sleep", "ok", "x", AT)));
        List<FindingAcknowledgment> listed = tx(em -> new FindingAcknowledgmentRepository(em)
                .of(List.of(athlete, other), List.of(W47, W47.next())));
        assertThat(listed).extracting(FindingAcknowledgment::athleteId, FindingAcknowledgment::ruleId, FindingAcknowledgment::note,
                        FindingAcknowledgment::acknowledgedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(athlete, "pain", null, "coach.lee"),
                        org.assertj.core.groups.Tuple.tuple(other, "sleep", "ok", "x"));
        List<FindingAcknowledgment> none = tx(em -> new FindingAcknowledgmentRepository(em).of(List.of(athlete), List.of(W47.next())));
        assertThat(none).isEmpty();

        assertThatThrownBy(() -> tx(em -> new FindingAcknowledgmentRepository(em)
                .store(new FindingAcknowledgment(athlete, W47, "pain", "twice", "x", AT)))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new FindingAcknowledgment(athlete, W47, "pain", "x".repeat(1001), "x", AT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 1000");

        tx(em -> {
            var acks = new FindingAcknowledgmentRepository(em);
            acks.remove(acks.find(athlete, W47, "pain").orElseThrow());
            return null;
        });
        Optional<FindingAcknowledgment> withdrawn = tx(em -> new FindingAcknowledgmentRepository(em).find(athlete, W47, "pain"));
        assertThat(withdrawn).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void healthEventsAreListedByLatestStartWithinTheRangeAndBelongToTheirAthlete(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club();
        long athlete = athlete(club, "A");
        long other = athlete(club, "B");
        LocalDate day = LocalDate.of(2026, 10, 5);
        long achilles = tx(em -> new HealthEventRepository(em).store(new HealthEvent(athlete, new HealthEventDetails(HealthEventKind.INJURY,
                day, day.plusDays(20), BodyLocation.ACHILLES, HealthSeverity.MODERATE, 12, "left side"), "coach", AT)).id());
        long cold = tx(em -> new HealthEventRepository(em).store(new HealthEvent(athlete, new HealthEventDetails(HealthEventKind.ILLNESS,
                day.plusDays(40), null, null, HealthSeverity.MINOR, null, null), "coach", AT)).id());
        long sameDay = tx(em -> new HealthEventRepository(em).store(new HealthEvent(athlete, new HealthEventDetails(HealthEventKind.INJURY,
                day.plusDays(40), null, BodyLocation.KNEE, null, 3, null), "coach", AT)).id());
        tx(em -> new HealthEventRepository(em).store(new HealthEvent(other, new HealthEventDetails(HealthEventKind.INJURY,
                day, null, BodyLocation.SHIN, null, null, null), "coach", AT)));

        Page<HealthEvent> all = tx(em -> new HealthEventRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 2)));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(HealthEvent::id).containsExactly(sameDay, cold);
        Page<HealthEvent> second = tx(em -> new HealthEventRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(1, 2)));
        assertThat(second.items()).extracting(HealthEvent::id).containsExactly(achilles);
        Page<HealthEvent> october = tx(em -> new HealthEventRepository(em)
                .ofAthlete(athlete, DateRange.of(day, day.plusDays(39)), PageRequest.of(0, 50)));
        assertThat(october.items()).extracting(HealthEvent::id).containsExactly(achilles);
        assertThat(october.items().get(0).details()).isEqualTo(new HealthEventDetails(HealthEventKind.INJURY, day, day.plusDays(20),
                BodyLocation.ACHILLES, HealthSeverity.MODERATE, 12, "left side"));

        assertThatThrownBy(() -> tx(em -> new HealthEventRepository(em).get(other, achilles))).isInstanceOf(NotFoundException.class);
        tx(em -> {
            var events = new HealthEventRepository(em);
            HealthEvent event = events.get(athlete, cold);
            event.revise(new HealthEventDetails(HealthEventKind.ILLNESS, day.plusDays(40), day.plusDays(44), null,
                    HealthSeverity.MINOR, 4, "flu"), "head coach", AT.plusSeconds(3600));
            return events.store(event);
        });
        HealthEvent revised = tx(em -> new HealthEventRepository(em).get(athlete, cold));
        assertThat(revised.details().endedOn()).isEqualTo(day.plusDays(44));
        assertThat(revised.recordedBy()).isEqualTo("coach");
        assertThat(revised.updatedBy()).isEqualTo("head coach");
        assertThat(revised.updatedAt()).isEqualTo(AT.plusSeconds(3600));
        assertThat(revised.version()).isEqualTo(2);

        List<HealthEventRow> rows = tx(em -> new HealthEventRepository(em).ofClub(club, day.plusDays(40), day.plusDays(21)));
        assertThat(rows).containsExactly(
                new HealthEventRow(athlete, HealthEventKind.ILLNESS, day.plusDays(40), day.plusDays(44)),
                new HealthEventRow(athlete, HealthEventKind.INJURY, day.plusDays(40), null),
                new HealthEventRow(other, HealthEventKind.INJURY, day, null));
        long emptyClub = club();
        List<HealthEventRow> noRows = tx(em -> new HealthEventRepository(em).ofClub(emptyClub, day.plusDays(40), day));
        assertThat(noRows).isEmpty();

        tx(em -> {
            var events = new HealthEventRepository(em);
            events.remove(events.get(athlete, achilles));
            return null;
        });
        assertThat(tx(em -> new HealthEventRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 50))).total()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removingAnAthleteRemovesItsHealthEventsAndAcknowledgments(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club();
        long athlete = athlete(club, "A");
        long kept = athlete(club, "B");
        for (long id : new long[] {athlete, kept}) {
            tx(em -> new HealthEventRepository(em).store(new HealthEvent(id, new HealthEventDetails(HealthEventKind.ILLNESS,
                    LocalDate.of(2026, 10, 1), null, null, null, null, null), "coach", AT)));
            tx(em -> new FindingAcknowledgmentRepository(em).store(new FindingAcknowledgment(id, W47, "sleep", null, "coach", AT)));
        }

        tx(em -> {
            em.remove(new AthleteRepository(em).get(athlete));
            return null;
        });

        List<HealthEventRow> events = tx(em -> new HealthEventRepository(em).ofClub(club, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1)));
        assertThat(events).extracting(HealthEventRow::athleteId).containsExactly(kept);
        List<FindingAcknowledgment> acknowledged = tx(em -> new FindingAcknowledgmentRepository(em).of(List.of(athlete, kept), List.of(W47)));
        assertThat(acknowledged).extracting(FindingAcknowledgment::athleteId).containsExactly(kept);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsAClubsRedAndAmberFindingsOncePerAthleteWeekAndRule(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club();
        long a = athlete(club, "A");
        long b = athlete(club, "B");
        long elsewhere = club();
        long c = athlete(elsewhere, "C");
        IsoWeek w46 = W47.previous();
        score(a, club, w46, VERSION, finding("pain", "red"), finding("buffer-day", "amber"), finding("buffer-day", "amber"),
                finding("strength", "advice"));
        score(a, club, W47, VERSION, finding("sleep", "red"));
        score(a, club, W47.next(), VERSION, finding("pain", "red"));
        score(b, club, W47, VERSION);
        score(b, club, W47, "2025.9", finding("pain", "red"));
        score(c, elsewhere, W47, VERSION, finding("pain", "red"));

        List<FindingRow> rows = tx(em -> new ClubFindingRows(em).redAndAmberFindings(club, VERSION, w46.monday(), W47.monday()));
        assertThat(rows).containsExactly(
                new FindingRow(a, w46.monday(), "buffer-day", "amber"),
                new FindingRow(a, w46.monday(), "pain", "red"),
                new FindingRow(a, W47.monday(), "sleep", "red"));
        List<ScoredWeekRow> weeks = tx(em -> new ClubFindingRows(em).scoredWeeks(club, VERSION, w46.monday(), W47.monday()));
        assertThat(weeks).containsExactly(new ScoredWeekRow(a, w46.monday()), new ScoredWeekRow(a, W47.monday()),
                new ScoredWeekRow(b, W47.monday()));
    }
}
