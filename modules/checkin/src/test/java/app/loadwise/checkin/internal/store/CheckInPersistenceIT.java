package app.loadwise.checkin.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.AthleteErasure;
import app.loadwise.domain.common.InstantConverter;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestUnit;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Check-in links, reminder settings and reminder claims, on real PostgreSQL and H2 through the production migrations. */
class CheckInPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-12-07T06:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private TestUnit unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    private long club(String name) {
        return unit.club(name, Locale.GERMANY, NOW);
    }

    private long athlete(long club, String member) {
        return unit.athlete(club, member, "Ada Okafor");
    }

    /** When the athlete's reminder of the day went out, if it did. */
    private Optional<Instant> sentOn(long athleteId, LocalDate day) {
        return unit.tx(em -> em.createNativeQuery("SELECT sent_at FROM check_in_reminder_sent"
                        + " WHERE athlete_id = ?1 AND local_date = ?2 AND sent_at IS NOT NULL")
                .setParameter(1, athleteId).setParameter(2, Date.valueOf(day)).getResultList().stream().findFirst()
                .map(InstantConverter::fromColumn));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findsALinkByItsTokenHashAndKeepsTheLatestPerAthlete(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = club("Ours");
        long ada = athlete(club, "M-1");
        long ben = athlete(club("Theirs"), "M-2");
        unit.tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ada, "a".repeat(64), "coach", NOW, NOW.plus(Duration.ofDays(1)))));
        unit.tx(em -> {
            CheckInLinkRepository links = new CheckInLinkRepository(em);
            links.unrevokedOf(ada).forEach(l -> l.revoke(NOW.plusSeconds(60)));
            return links.store(new CheckInLink(ada, "b".repeat(64), "coach", NOW.plusSeconds(60), NOW.plus(Duration.ofDays(180))));
        });
        unit.tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ben, "c".repeat(64), "other", NOW, NOW.plus(Duration.ofDays(1)))));

        CheckInLink old = unit.tx(em -> new CheckInLinkRepository(em).byTokenHash("a".repeat(64)).orElseThrow());
        assertThat(old.revokedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(old.worksAt(NOW.plusSeconds(61))).isFalse();
        CheckInLink current = unit.tx(em -> new CheckInLinkRepository(em).latestOf(ada).orElseThrow());
        assertThat(current.worksAt(NOW.plus(Duration.ofDays(179)))).isTrue();
        assertThat(current.worksAt(NOW.plus(Duration.ofDays(181)))).isFalse();
        var v1 = unit.tx(em -> new CheckInLinkRepository(em).latestOfClub(club));
        assertThat(v1).extracting(CheckInLink::id).containsExactly(current.id());
        var v2 = unit.tx(em -> new CheckInLinkRepository(em).unrevokedOf(ada));
        assertThat(v2).hasSize(1);

        unit.tx(em -> {
            new CheckInLinkRepository(em).touch(current.id(), NOW.plusSeconds(120));
            return null;
        });
        var v3 = unit.tx(em -> new CheckInLinkRepository(em).latestOf(ada).orElseThrow().lastUsedAt());
        assertThat(v3).isEqualTo(NOW.plusSeconds(120));
        // a second use within the minute is not written
        unit.tx(em -> {
            new CheckInLinkRepository(em).touch(current.id(), NOW.plusSeconds(150));
            return null;
        });
        var v4 = unit.tx(em -> new CheckInLinkRepository(em).latestOf(ada).orElseThrow().lastUsedAt());
        assertThat(v4).isEqualTo(NOW.plusSeconds(120));
        assertThatThrownBy(() -> unit.tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ben, "b".repeat(64), "x", NOW,
                NOW.plusSeconds(10))))).as("the token hash is unique").isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReminderDayIsClaimedOnceAndFoundByItsTokens(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = club("Ours");
        long ada = athlete(club, "M-1");
        unit.tx(em -> {
            new CheckInReminders(em).save(ada, "ada@example.org", true, NOW);
            return null;
        });
        var v5 = unit.tx(em -> new CheckInReminders(em).recipients());
        assertThat(v5).singleElement()
                .satisfies(r -> assertThat(r.email()).isEqualTo("ada@example.org"))
                .satisfies(r -> assertThat(r.clubZone()).isEqualTo("Europe/Berlin"));
        Instant end = NOW.plus(Duration.ofHours(16));
        var v6 = unit.tx(em -> new CheckInReminders(em).claim(ada, DAY, "u".repeat(64), "t".repeat(64), NOW, end));
        assertThat(v6).isTrue();
        var v7 = unit.tx(em -> new CheckInReminders(em).claim(ada, DAY, "v".repeat(64), "w".repeat(64), NOW, end));
        assertThat(v7).isFalse();
        var v8 = unit.tx(em -> new CheckInReminders(em).claim(ada, DAY.plusDays(1), "x".repeat(64), "y".repeat(64), NOW, end));
        assertThat(v8).isTrue();
        unit.tx(em -> {
            new CheckInReminders(em).sent(ada, DAY, NOW.plusSeconds(2), null);
            return null;
        });
        var v9 = sentOn(ada, DAY);
        assertThat(v9).contains(NOW.plusSeconds(2));
        var v10 = unit.tx(em -> new CheckInReminders(em).byTokenHash("t".repeat(64)));
        assertThat(v10).get()
                .satisfies(s -> assertThat(s.date()).isEqualTo(DAY))
                .satisfies(s -> assertThat(s.expiresAt()).isEqualTo(end));
        var v11 = unit.tx(em -> new CheckInReminders(em).byUnsubscribeHash("u".repeat(64)));
        assertThat(v11).get()
                .satisfies(s -> assertThat(s.athleteId()).isEqualTo(ada));

        unit.tx(em -> {
            new CheckInReminders(em).unsubscribe(ada, NOW.plusSeconds(5));
            return null;
        });
        var v12 = unit.tx(em -> new CheckInReminders(em).recipients());
        assertThat(v12).isEmpty();
        var v13 = unit.tx(em -> new CheckInReminders(em).setting(ada));
        assertThat(v13).get()
                .satisfies(s -> assertThat(s.enabled()).isFalse())
                .satisfies(s -> assertThat(s.unsubscribedAt()).isEqualTo(NOW.plusSeconds(5)));
        unit.tx(em -> {
            new CheckInReminders(em).save(ada, "ada@example.org", true, NOW.plusSeconds(9));
            return null;
        });
        var v14 = unit.tx(em -> new CheckInReminders(em).setting(ada));
        assertThat(v14).get()
                .satisfies(s -> assertThat(s.enabled()).isTrue())
                .satisfies(s -> assertThat(s.unsubscribedAt()).isNull());
        var v15 = unit.tx(em -> new CheckInReminders(em).settingsOfClub(club));
        assertThat(v15).hasSize(1);

        // erasing the athlete removes the links, settings and sent reminders with them
        unit.tx(em -> new CheckInLinkRepository(em).store(new CheckInLink(ada, "z".repeat(64), "coach", NOW, end)));
        unit.tx(em -> new AthleteErasure(em).erase(ada));
        var v16 = unit.tx(em -> ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM check_in_link) + "
                + "(SELECT COUNT(*) FROM check_in_reminder) + (SELECT COUNT(*) FROM check_in_reminder_sent)").getSingleResult()).longValue());
        assertThat(v16)
                .isZero();
    }
}
