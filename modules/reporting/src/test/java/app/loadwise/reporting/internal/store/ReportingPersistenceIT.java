package app.loadwise.reporting.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestDatabases;
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
    void listsClubIdsAfterAGivenOneInOrder(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = newClub();
        long other = newClub();
        List<Long> after = tx(em -> new ReportScheduleRepository(em).clubIdsAfter(club, 10));
        assertThat(after).containsExactly(other);
    }
}
