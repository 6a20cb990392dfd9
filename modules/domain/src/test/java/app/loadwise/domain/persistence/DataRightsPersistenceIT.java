package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteErasure;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.export.ClubTable;
import app.loadwise.domain.export.ClubTables;
import app.loadwise.domain.export.ClubTables.RowPage;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TestSessions;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A club's full export reads every table that holds its data and nothing of other clubs; erasure leaves nothing. */
class DataRightsPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-03-09T06:30:00Z");
    /** Tables that hold no club's data: run bookkeeping and kept API answers. */
    /**
     * Tables of the platform's own bookkeeping. {@code browser_session} holds sign-ins that end within 30 idle minutes,
     * kept as token hashes and CSRF tokens, both secrets; the users themselves are exported. {@code club_week_scoring}
     * only says how far the scoring runs had come with the club's weeks, derived from the scores, which are exported.
     */
    private static final Set<String> NOT_CLUB_DATA = Set.of("schema_history", "job_claim", "scoring_progress",
            "idempotent_request", "job_lease", "job_takeover", "browser_session", "rate_limit_bucket", "club_week_scoring");

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

    private long athlete(long club, String member, String name) {
        return tx(em -> new AthleteRepository(em).store(new Athlete(club, member,
                new AthleteProfile(name, Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 188, 52, null))).id());
    }

    private void sessions(long athlete, int count) {
        tx(em -> {
            var repo = new TrainingSessionRepository(em);
            for (int i = 0; i < count; i++) {
                repo.store(new TrainingSession(athlete, TestSessions.basic(LocalDate.of(2026, 1, 1).plusDays(i), null,
                        SessionType.EASY, 30.0 + i, 3), SessionSource.api()));
            }
            return null;
        });
    }

    private List<Object[]> all(ClubTable table, long club, int pageSize) {
        List<String> columns = tx(em -> new ClubTables(em).columns(table));
        List<Object[]> rows = new ArrayList<>();
        Object[] after = null;
        do {
            Object[] from = after;
            RowPage page = tx(em -> new ClubTables(em).page(table, columns, club, from, pageSize));
            rows.addAll(page.rows());
            after = page.last();
        } while (after != null);
        return rows;
    }

    private static ClubTable named(String name) {
        return ClubTable.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void exportCoversEveryTableOfClubDataAndWithholdsSecrets(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        List<String> schemaTables = tx(em -> em.createNativeQuery("SELECT LOWER(table_name) FROM information_schema.tables "
                        + "WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND table_type IN ('BASE TABLE', 'TABLE')")
                .getResultList().stream().map(Object::toString).toList());
        List<String> exported = ClubTable.ALL.stream().map(ClubTable::name).toList();
        assertThat(schemaTables).as("tables that are neither exported nor known to hold no club data")
                .allMatch(t -> exported.contains(t) || NOT_CLUB_DATA.contains(t));
        for (ClubTable table : ClubTable.ALL) {
            List<String> columns = tx(em -> new ClubTables(em).columns(table));
            assertThat(columns).as(table.name()).containsAll(table.key())
                    .noneMatch(c -> c.contains("secret") || c.endsWith("hash") || c.equals("password") || c.contains("token"));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pagesThroughAClubsRowsInKeyOrderAndNoOtherClubs(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club("Ours");
        long other = club("Theirs");
        long anna = athlete(club, "M-1", "Anna");
        sessions(anna, 7);
        sessions(athlete(other, "M-1", "Bea"), 3);

        List<Object[]> rows = all(named("training_session"), club, 3);
        assertThat(rows).hasSize(7);
        List<String> columns = tx(em -> new ClubTables(em).columns(named("training_session")));
        int id = columns.indexOf("id");
        int athleteColumn = columns.indexOf("athlete_id");
        assertThat(rows).allMatch(r -> ((Number) r[athleteColumn]).longValue() == anna);
        assertThat(rows.stream().map(r -> ((Number) r[id]).longValue()).toList()).isSorted().doesNotHaveDuplicates();
        assertThat(all(named("club"), club, 2)).hasSize(1);
        assertThat(all(named("athlete"), club, 1)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void erasureRemovesEverythingHeldAboutTheAthleteAndNothingElse(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = club("Ours");
        long anna = athlete(club, "M-1", "Anna Example");
        long bea = athlete(club, "M-2", "Bea Example");
        sessions(anna, 4);
        sessions(bea, 2);
        tx(em -> {
            em.createNativeQuery("INSERT INTO scoring_issue (id, execution_id, athlete_id, reason, recorded_at) VALUES (1, 1, ?1, 'no data', ?2)")
                    .setParameter(1, anna).setParameter(2, java.time.OffsetDateTime.parse("2026-03-09T06:30:00Z")).executeUpdate();
            em.createNativeQuery("INSERT INTO import_record (id, club_id, file_name, checksum, size_bytes, file_kind, uploaded_by, "
                            + "uploaded_at, status, skip_invalid, create_athletes, rows_total, rows_done, rows_valid, rows_invalid, "
                            + "rows_ignored, rows_duplicate, rows_review, rows_imported, sessions_removed, version) "
                            + "VALUES (1, ?1, 'log.csv', 'abc', 10, 'csv', 'coach', ?2, 'validated', FALSE, FALSE, 3, 3, 0, 3, 0, 0, 0, 0, 0, 0)")
                    .setParameter(1, club).setParameter(2, java.time.OffsetDateTime.parse("2026-03-09T06:30:00Z")).executeUpdate();
            em.createNativeQuery("INSERT INTO import_row_error (id, import_id, row_no, column_header, cell_value, problem) VALUES "
                    + "(1, 1, 2, 'Member #', 'm-1', 'bad date'), (2, 1, 3, 'Member #', 'M-2', 'bad date'), "
                    + "(3, 1, 4, 'Name', 'anna example', 'bad date')").executeUpdate();
            return null;
        });

        Map<String, Long> removed = tx(em -> new AthleteErasure(em).erase(anna));

        assertThat(removed).containsEntry("sessions", 4L).containsEntry("scoringIssues", 1L).containsEntry("importErrorRows", 2L);
        assertThat(count("SELECT COUNT(*) FROM athlete WHERE id = " + anna)).isZero();
        assertThat(count("SELECT COUNT(*) FROM training_session WHERE athlete_id = " + anna)).isZero();
        assertThat(count("SELECT COUNT(*) FROM scoring_issue")).isZero();
        assertThat(count("SELECT COUNT(*) FROM import_row_error")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM training_session WHERE athlete_id = " + bea)).isEqualTo(2);
    }

    private long count(String sql) {
        return tx(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
