package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteErasure;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.checkin.CheckInLink;
import app.loadwise.domain.checkin.CheckInLinkRepository;
import app.loadwise.domain.checkin.CheckInReminders;
import app.loadwise.domain.checkin.CheckInResponses;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.CheckInPain;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Check-in links, check-in wellness entries and reminder claims, on real PostgreSQL and H2 through the migrations. */
class CheckInPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-12-07T06:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

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

    private long club(String name) {
        return tx(em -> new ClubRepository(em).store(new Club(name, ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY,
                Locale.GERMANY, NOW)).id());
    }

    private long athlete(long club, String member) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(club, member,
                new AthleteProfile("Ada Okafor", Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 188, 52, null))).id());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findsALinkByItsTokenHashAndKeepsTheLatestPerAthlete(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club("Ours");
        long ada = athlete(club, "M-1");
        long ben = athlete(club("Theirs"), "M-2");
        tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ada, "a".repeat(64), "coach", NOW, NOW.plus(Duration.ofDays(1)))));
        tx(em -> {
            CheckInLinkRepository links = new CheckInLinkRepository(em);
            links.unrevokedOf(ada).forEach(l -> l.revoke(NOW.plusSeconds(60)));
            return links.store(new CheckInLink(ada, "b".repeat(64), "coach", NOW.plusSeconds(60), NOW.plus(Duration.ofDays(180))));
        });
        tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ben, "c".repeat(64), "other", NOW, NOW.plus(Duration.ofDays(1)))));

        CheckInLink old = tx(em -> new CheckInLinkRepository(em).byTokenHash("a".repeat(64)).orElseThrow());
        assertThat(old.revokedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(old.worksAt(NOW.plusSeconds(61))).isFalse();
        CheckInLink current = tx(em -> new CheckInLinkRepository(em).latestOf(ada).orElseThrow());
        assertThat(current.worksAt(NOW.plus(Duration.ofDays(179)))).isTrue();
        assertThat(current.worksAt(NOW.plus(Duration.ofDays(181)))).isFalse();
        var v1 = tx(em -> new CheckInLinkRepository(em).latestOfClub(club));
        assertThat(v1).extracting(CheckInLink::id).containsExactly(current.id());
        var v2 = tx(em -> new CheckInLinkRepository(em).unrevokedOf(ada));
        assertThat(v2).hasSize(1);

        tx(em -> {
            new CheckInLinkRepository(em).touch(current.id(), NOW.plusSeconds(120));
            return null;
        });
        var v3 = tx(em -> new CheckInLinkRepository(em).latestOf(ada).orElseThrow().lastUsedAt());
        assertThat(v3).isEqualTo(NOW.plusSeconds(120));
        // a second use within the minute is not written
        tx(em -> {
            new CheckInLinkRepository(em).touch(current.id(), NOW.plusSeconds(150));
            return null;
        });
        var v4 = tx(em -> new CheckInLinkRepository(em).latestOf(ada).orElseThrow().lastUsedAt());
        assertThat(v4).isEqualTo(NOW.plusSeconds(120));
        assertThatThrownBy(() -> tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ben, "b".repeat(64), "x", NOW,
                NOW.plusSeconds(10))))).as("the token hash is unique").isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCheckInEntryKeepsItsSourceAndPainUntilACoachChangesIt(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club("Ours");
        long ada = athlete(club, "M-1");
        long ben = athlete(club, "M-2");
        tx(em -> new WellnessRepository(em).store(new WellnessEntry(ben, new WellnessDetails(DAY, 8.0, null, null, null, null,
                null, null, null, null))));
        CheckInPain pain = new CheckInPain("achilles", "sharp", 6, "stairs");
        long id = tx(em -> new WellnessRepository(em).store(WellnessEntry.checkedIn(ada,
                new WellnessDetails(DAY, 7.5, 3, 48, null, 4, 2, 2, 3, pain.painNote()), pain, NOW)).id());
        WellnessEntry read = tx(em -> new WellnessRepository(em).get(id));
        assertThat(read.source()).isEqualTo("check-in");
        assertThat(read.checkInPain()).isEqualTo(pain);
        assertThat(read.details().painNote()).isEqualTo("achilles, sharp pain 6/10: stairs");

        tx(em -> {
            WellnessEntry e = new WellnessRepository(em).get(id);
            e.revise(new WellnessDetails(DAY, 7.0, 3, 48, null, 4, 2, 2, 3, null));
            return new WellnessRepository(em).store(e);
        });
        WellnessEntry coached = tx(em -> new WellnessRepository(em).get(id));
        assertThat(coached.source()).isEqualTo("api");
        assertThat(coached.isCheckIn()).isFalse();
        assertThat(coached.details().sleepHours()).isEqualTo(7.0);
        // still the athlete's response: the check-in days count it; a coach's own entry is none
        var responses = tx(em -> new CheckInResponses(em).daysOfClub(club, DAY.minusDays(6), DAY));
        assertThat(responses).containsOnlyKeys(ada);
        assertThat(responses.get(ada)).containsExactly(DAY);
        var none = tx(em -> new CheckInResponses(em).daysOfClub(club, DAY.plusDays(1), DAY.plusDays(7)));
        assertThat(none).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReminderDayIsClaimedOnceAndFoundByItsTokens(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club("Ours");
        long ada = athlete(club, "M-1");
        tx(em -> {
            new CheckInReminders(em).save(ada, "ada@example.org", true, NOW);
            return null;
        });
        var v5 = tx(em -> new CheckInReminders(em).recipients());
        assertThat(v5).singleElement()
                .satisfies(r -> assertThat(r.email()).isEqualTo("ada@example.org"))
                .satisfies(r -> assertThat(r.clubZone()).isEqualTo("Europe/Berlin"));
        Instant end = NOW.plus(Duration.ofHours(16));
        var v6 = tx(em -> new CheckInReminders(em).claim(ada, DAY, "u".repeat(64), "t".repeat(64), NOW, end));
        assertThat(v6).isTrue();
        var v7 = tx(em -> new CheckInReminders(em).claim(ada, DAY, "v".repeat(64), "w".repeat(64), NOW, end));
        assertThat(v7).isFalse();
        var v8 = tx(em -> new CheckInReminders(em).claim(ada, DAY.plusDays(1), "x".repeat(64), "y".repeat(64), NOW, end));
        assertThat(v8).isTrue();
        tx(em -> {
            new CheckInReminders(em).sent(ada, DAY, NOW.plusSeconds(2), null);
            return null;
        });
        var v9 = tx(em -> new CheckInReminders(em).sentOn(ada, DAY));
        assertThat(v9).contains(NOW.plusSeconds(2));
        var v10 = tx(em -> new CheckInReminders(em).byTokenHash("t".repeat(64)));
        assertThat(v10).get()
                .satisfies(s -> assertThat(s.date()).isEqualTo(DAY))
                .satisfies(s -> assertThat(s.expiresAt()).isEqualTo(end));
        var v11 = tx(em -> new CheckInReminders(em).byUnsubscribeHash("u".repeat(64)));
        assertThat(v11).get()
                .satisfies(s -> assertThat(s.athleteId()).isEqualTo(ada));

        tx(em -> {
            new CheckInReminders(em).unsubscribe(ada, NOW.plusSeconds(5));
            return null;
        });
        var v12 = tx(em -> new CheckInReminders(em).recipients());
        assertThat(v12).isEmpty();
        var v13 = tx(em -> new CheckInReminders(em).setting(ada));
        assertThat(v13).get()
                .satisfies(s -> assertThat(s.enabled()).isFalse())
                .satisfies(s -> assertThat(s.unsubscribedAt()).isEqualTo(NOW.plusSeconds(5)));
        tx(em -> {
            new CheckInReminders(em).save(ada, "ada@example.org", true, NOW.plusSeconds(9));
            return null;
        });
        var v14 = tx(em -> new CheckInReminders(em).setting(ada));
        assertThat(v14).get()
                .satisfies(s -> assertThat(s.enabled()).isTrue())
                .satisfies(s -> assertThat(s.unsubscribedAt()).isNull());
        var v15 = tx(em -> new CheckInReminders(em).settingsOfClub(club));
        assertThat(v15).hasSize(1);

        // erasing the athlete removes the links, settings and sent reminders with them
        tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ada, "z".repeat(64), "coach", NOW, end)));
        tx(em -> new AthleteErasure(em).erase(ada));
        var v16 = tx(em -> ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM check_in_link) + "
                + "(SELECT COUNT(*) FROM check_in_reminder) + (SELECT COUNT(*) FROM check_in_reminder_sent)").getSingleResult()).longValue());
        assertThat(v16)
                .isZero();
    }
}
