package app.loadwise.reporting.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.scoring.ScoreStatus;
import app.loadwise.domain.scoring.WeeklyFigures;
import app.loadwise.domain.scoring.WeeklyScore;
import app.loadwise.domain.scoring.WeeklyScoreRepository;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.reporting.internal.store.ScoreTrendRepository.ScorePoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the weekly report reads and records, on real PostgreSQL and H2. */
class ReportingPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W47");

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

    private long newClub() {
        return tx(em -> new ClubRepository(em).store(
                new Club("Harriers", ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.GERMANY, NOW)).id());
    }

    private long newAthlete(long clubId, String memberId) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(clubId, memberId,
                new AthleteProfile("Runner " + memberId, Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 188, 52, null))).id());
    }

    private void score(long athlete, long club, IsoWeek week, String version, int value, ScoreStatus status, Double load) {
        tx(em -> {
            WeeklyScore score = new WeeklyScore(athlete, club, week, version);
            score.record(value, status, false, new WeeklyFigures(new WeeklyFigures.Values(load, null, null, null, null, null, null,
                    null, null, null, null, null, 3, 1, 2, 1, 0, null, null, null, null, null, 5, "building")), List.of(), NOW);
            return new WeeklyScoreRepository(em).store(score);
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsAClubsScoreTrendAsPlainRowsByWeekThenAthlete(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = newClub();
        long other = newClub();
        long a = newAthlete(club, "A");
        long b = newAthlete(club, "B");
        long elsewhere = newAthlete(other, "C");
        score(b, club, WEEK, "2026.1", 40, ScoreStatus.RED, 2100.0);
        score(a, club, WEEK, "2026.1", 80, ScoreStatus.GREEN, null);
        score(a, club, WEEK.previous(), "2026.1", 70, ScoreStatus.AMBER, 1500.5);
        score(a, club, WEEK.previous().previous(), "2026.1", 90, ScoreStatus.GREEN, 1000.0);
        score(a, club, WEEK, "2025.9", 10, ScoreStatus.RED, 1.0);
        score(elsewhere, other, WEEK, "2026.1", 50, ScoreStatus.AMBER, 1.0);

        List<ScorePoint> points = tx(em -> new ScoreTrendRepository(em).ofClub(club, "2026.1", WEEK.previous(), WEEK));

        assertThat(points).containsExactly(
                new ScorePoint(a, "2026-W46", 70, "amber", 1500.5),
                new ScorePoint(Math.min(a, b), "2026-W47", a < b ? 80 : 40, a < b ? "green" : "red", a < b ? null : 2100.0),
                new ScorePoint(Math.max(a, b), "2026-W47", a < b ? 40 : 80, a < b ? "red" : "green", a < b ? 2100.0 : null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClubWeekHasOneDeliveryWhoseRetryOnlyOneCallerTakes(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = newClub();
        long id = tx(em -> new ReportDeliveryRepository(em).insert(
                new ReportDelivery(club, WEEK, "schedule", NOW, NOW.plus(Duration.ofMinutes(10)))).id());
        assertThatThrownBy(() -> tx(em -> new ReportDeliveryRepository(em).insert(
                new ReportDelivery(club, WEEK, "manual", NOW, NOW.plus(Duration.ofMinutes(10))))))
                .isInstanceOf(PersistenceException.class);

        tx(em -> {
            new ReportDeliveryRepository(em).get(id).failed(NOW, "MailConnectException: refused", NOW.plusSeconds(60));
            return null;
        });
        List<Long> dueNow = tx(em -> new ReportDeliveryRepository(em).dueForRetry(NOW, 10));
        assertThat(dueNow).isEmpty();
        boolean early = tx(em -> new ReportDeliveryRepository(em).takeForRetry(id, NOW, NOW.plusSeconds(600)));
        assertThat(early).isFalse();
        Instant later = NOW.plusSeconds(61);
        List<Long> dueLater = tx(em -> new ReportDeliveryRepository(em).dueForRetry(later, 10));
        assertThat(dueLater).containsExactly(id);
        boolean first = tx(em -> new ReportDeliveryRepository(em).takeForRetry(id, later, later.plusSeconds(600)));
        boolean second = tx(em -> new ReportDeliveryRepository(em).takeForRetry(id, later, later.plusSeconds(600)));
        assertThat(first).isTrue();
        assertThat(second).isFalse();

        tx(em -> {
            new ReportDeliveryRepository(em).get(id).sent(later, "coach@club.test", "<1@loadwise>");
            return null;
        });
        ReportDelivery sent = tx(em -> {
            ReportDelivery d = new ReportDeliveryRepository(em).find(club, WEEK).orElseThrow();
            d.attemptLog();
            return d;
        });
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentAt()).isEqualTo(later);
        assertThat(sent.attemptLog()).extracting(a -> a.outcome()).containsExactly("failed", "sent");
        assertThat(sent.attemptLog().get(0).error()).isEqualTo("MailConnectException: refused");
        long total = tx(em -> new ReportDeliveryRepository(em).ofClub(club, app.loadwise.domain.common.PageRequest.of(0, 10)).total());
        assertThat(total).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsOneRecipientPerClubAndAddress(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = newClub();
        tx(em -> new ReportRecipientRepository(em).store(new ReportRecipient(club, " Coach@Club.test ", "Head coach", NOW)));
        boolean found = tx(em -> new ReportRecipientRepository(em).find(club, "coach@club.TEST").isPresent());
        assertThat(found).isTrue();
        assertThatThrownBy(() -> tx(em -> new ReportRecipientRepository(em).store(new ReportRecipient(club, "coach@club.test", null, NOW))))
                .isInstanceOf(PersistenceException.class);
        List<String> emails = tx(em -> new ReportRecipientRepository(em).ofClub(club).stream().map(ReportRecipient::email).toList());
        assertThat(emails).containsExactly("coach@club.test");
        assertThatThrownBy(() -> new ReportRecipient(club, "not an address", null, NOW)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void tellsWhetherAClubWeeksScoringIsFinal(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = newClub();
        long a = newAthlete(club, "A");
        long b = newAthlete(club, "B");
        ReportScheduleRepository.WeekState none = tx(em -> new ReportScheduleRepository(em).weekState(club, "2026.1", WEEK));
        assertThat(none).isEqualTo(new ReportScheduleRepository.WeekState(0, 0));
        score(a, club, WEEK, "2026.1", 80, ScoreStatus.GREEN, 1000.0);
        tx(em -> {
            WeeklyScore provisional = new WeeklyScore(b, club, WEEK, "2026.1");
            provisional.record(60, ScoreStatus.AMBER, true, null, List.of(), NOW);
            return new WeeklyScoreRepository(em).store(provisional);
        });
        ReportScheduleRepository.WeekState mixed = tx(em -> new ReportScheduleRepository(em).weekState(club, "2026.1", WEEK));
        assertThat(mixed).isEqualTo(new ReportScheduleRepository.WeekState(2, 1));
        long other = newClub();
        List<Long> after = tx(em -> new ReportScheduleRepository(em).clubIdsAfter(club, 10));
        assertThat(after).containsExactly(other);
    }
}
