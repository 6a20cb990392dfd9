package app.loadwise.traininglog.importing.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TestSessions;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.ImportedSession;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.ImportedWellness;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Import records, their findings, the bulk writer and undo on real PostgreSQL and H2. */
class ImportPersistenceIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = Instant.parse("2026-03-09T06:30:15Z");

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

    private long[] clubAndAthlete() {
        long club = tx(em -> new ClubRepository(em).store(
                new Club("Harriers", ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.GERMANY, NOW)).id());
        long athlete = tx(em -> new AthleteRepository(em).store(new Athlete(club, "M-1",
                new AthleteProfile("Ada", Sex.FEMALE, 1990, ExperienceLevel.INTERMEDIATE, 188, 52, null))).id());
        return new long[] {club, athlete};
    }

    private long newImport(long club) {
        return tx(em -> new ImportRecordRepository(em).store(
                new ImportRecord(club, null, "log.csv", "ab".repeat(32), 1234, "csv", "coach", NOW, false)).id());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void recordsTheJobStartedForAnImportUnlessItsJobRecordedItselfFirst(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long importId = newImport(clubAndAthlete()[0]);
        tx(em -> {
            new ImportRecordRepository(em).launched(importId, 7L);
            return null;
        });
        Long recorded = tx(em -> new ImportRecordRepository(em).get(importId).jobExecutionId());
        assertThat(recorded).isEqualTo(7L);
        tx(em -> {
            new ImportRecordRepository(em).launched(importId, 8L);
            return null;
        });
        Long kept = tx(em -> new ImportRecordRepository(em).get(importId).jobExecutionId());
        assertThat(kept).isEqualTo(7L);
    }

    /**
     * Each chunk's look-ups are planned with the chunk's own athletes and dates: a statement the server keeps may hold a
     * generic plan made while the log was empty, which scans the whole table once the import has filled it.
     */
    @org.junit.jupiter.api.Test
    void chunkLookUpsAreNotKeptAsServerStatementsOnPostgres() {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(Kind.POSTGRESQL));
        long athlete = clubAndAthlete()[1];
        long importId = newImport(clubAndAthlete()[0]);
        long kept = tx(em -> {
            ImportedLogRepository log = new ImportedLogRepository(em);
            for (int chunk = 0; chunk < 12; chunk++) {
                log.sessionFingerprints(List.of(athlete), MONDAY.plusDays(chunk), MONDAY.plusDays(chunk + 7));
                log.wellnessFingerprints(List.of(athlete), MONDAY.plusDays(chunk), MONDAY.plusDays(chunk + 7));
                log.sessionRowsWritten(importId, chunk * 500, chunk * 500 + 499);
            }
            return ((Number) em.createNativeQuery("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%athlete_id IN%'"
                    + " OR statement LIKE '%source_import_id = $1%'").getSingleResult()).longValue();
        });
        assertThat(kept).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesImportedSessionsInBatchesAndUndoesExactlyThem(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long[] ids = clubAndAthlete();
        long athlete = ids[1];
        tx(em -> new TrainingSessionRepository(em).store(new TrainingSession(athlete,
                TestSessions.basic(MONDAY, LocalTime.of(7, 0), SessionType.EASY, 30.0, 3), SessionSource.api())));
        long importId = newImport(ids[0]);
        List<ImportedSession> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            SessionDetails details = new SessionDetails(MONDAY.plusDays(i), i % 2 == 0 ? LocalTime.of(18, 30) : null,
                    SessionType.INTERVALS, 45.5, 50.0, 10.0, 8, 150, 180, 15, null, null, null, i == 3, i == 3 ? "knee" : null,
                    null, null, "row " + i);
            rows.add(new ImportedSession(athlete, details, importId, i + 2));
        }
        long[] written = tx(em -> new ImportedLogRepository(em).insertSessions(rows));
        assertThat(written).hasSize(120).doesNotHaveDuplicates();

        var page = tx(em -> new TrainingSessionRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 500)));
        assertThat(page.total()).isEqualTo(121);
        TrainingSession one = tx(em -> new TrainingSessionRepository(em).get(written[3]));
        assertThat(one.details()).isEqualTo(rows.get(3).details());
        assertThat(one.source().importId()).isEqualTo(importId);
        assertThat(one.source().row()).isEqualTo(5);
        assertThat(one.naturalKey()).isEqualTo(TrainingSession.naturalKey(athlete, rows.get(3).details()));
        // the sequence stays usable for ordinary writes afterwards
        long later = tx(em -> new TrainingSessionRepository(em).store(new TrainingSession(athlete,
                TestSessions.basic(MONDAY, LocalTime.of(9, 0), SessionType.EASY, 30.0, 3), SessionSource.api())).id());
        assertThat(written).doesNotContain(later);

        var prints = tx(em -> new ImportedLogRepository(em).sessionFingerprints(List.of(athlete), MONDAY, MONDAY));
        assertThat(prints).hasSize(3).anySatisfy(p -> assertThat(p.startTime()).isEqualTo(LocalTime.of(18, 30)));
        java.util.Set<Integer> rowsWritten = tx(em -> new ImportedLogRepository(em).sessionRowsWritten(importId, 2, 11));
        assertThat(rowsWritten).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        java.util.Set<Integer> noWellness = tx(em -> new ImportedLogRepository(em).wellnessRowsWritten(importId, 2, 11));
        assertThat(noWellness).isEmpty();
        int lastRow = tx(em -> new ImportedLogRepository(em).lastRowWritten(importId));
        assertThat(lastRow).isEqualTo(121);

        long removed = tx(em -> new ImportedLogRepository(em).removeImported(importId));
        assertThat(removed).isEqualTo(120);
        assertThat(tx(em -> new TrainingSessionRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 10))).total())
                .isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesImportedWellnessAndReadsItBackForMatching(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long[] ids = clubAndAthlete();
        long importId = newImport(ids[0]);
        WellnessDetails day = new WellnessDetails(MONDAY, 7.5, 3, 48, 71.5, 2, 2, 3, 2, "calf tight");
        tx(em -> new ImportedLogRepository(em).insertWellness(List.of(new ImportedWellness(ids[1], day, importId, 2))));
        assertThat(tx(em -> new WellnessRepository(em).on(ids[1], MONDAY)).orElseThrow().details()).isEqualTo(day);
        List<ImportedLogRepository.WellnessFingerprint> wellness =
                tx(em -> new ImportedLogRepository(em).wellnessFingerprints(List.of(ids[1]), MONDAY, MONDAY));
        assertThat(wellness).singleElement().satisfies(w -> assertThat(w.details()).isEqualTo(day));
        long removed = tx(em -> new ImportedLogRepository(em).removeImported(importId));
        assertThat(removed).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keepsTheRecordOfAnImportWithItsErrorsAndReviewItems(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long[] ids = clubAndAthlete();
        long importId = newImport(ids[0]);
        tx(em -> {
            ImportRecordRepository repo = new ImportRecordRepository(em);
            List<ImportRowError> errors = new ArrayList<>();
            for (int row = 60; row > 0; row--) {
                errors.add(new ImportRowError(importId, "Sessions", row, "RPE", "11", "RPE must be between 0 and 10", "use 0–10", null));
            }
            repo.addErrors(errors);
            repo.addReviewItems(List.of(new ReviewItem(importId, null, 7, ids[1], MONDAY, 99, "near 18:30", "payload")));
            assertThat(repo.reviewedRows(importId, null, 1, 10)).containsExactly(7);
            assertThat(repo.reviewedRows(importId, "Wellness", 1, 10)).isEmpty();
            assertThat(repo.lastReviewedRow(importId)).isEqualTo(7);
            ImportRecord record = repo.get(importId);
            record.validated("mapped", new ImportCounts(100, 40, 60, 2, 0, 1, 0), NOW);
            return repo.store(record);
        });
        var page = tx(em -> new ImportRecordRepository(em).errors(importId, PageRequest.of(1, 20)));
        assertThat(page.total()).isEqualTo(60);
        assertThat(page.items()).extracting(ImportRowError::row).startsWith(21, 22);
        ImportRecord record = tx(em -> new ImportRecordRepository(em).get(importId));
        assertThat(record.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(record.counts().invalid()).isEqualTo(60);
        assertThatThrownBy(() -> record.startCommit(false)).isInstanceOf(ConflictException.class).hasMessageContaining("skipInvalid");
        List<ReviewItem> reviews = tx(em -> new ImportRecordRepository(em).reviewItems(importId, PageRequest.of(0, 10)).items());
        assertThat(reviews).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ReviewItem.Status.OPEN));
        tx(em -> {
            new ImportRecordRepository(em).clearFindings(importId);
            return null;
        });
        long errorsLeft = tx(em -> new ImportRecordRepository(em).countErrors(importId));
        assertThat(errorsLeft).isZero();
        record.startCommit(true);
        record.committed(new ImportCounts(100, 40, 60, 2, 0, 1, 39), NOW);
        tx(em -> new ImportRecordRepository(em).store(record));
        java.util.Optional<ImportRecord> sameFile = tx(em -> new ImportRecordRepository(em).committedWithChecksum(ids[0], null, "ab".repeat(32)));
        java.util.Optional<ImportRecord> otherAthlete = tx(em -> new ImportRecordRepository(em).committedWithChecksum(ids[0], ids[1], "ab".repeat(32)));
        assertThat(sameFile).isPresent();
        assertThat(otherAthlete).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void savesAClubsColumnMappingUnderAUniqueName(Kind kind) {
        emf = TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind));
        long club = clubAndAthlete()[0];
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Wer", "memberId");
        columns.put("Wann", "date");
        tx(em -> new ColumnMappingRepository(em).add(new ColumnMapping(club, "ours", "wer|wann", columns, Map.of(), NOW)));
        List<ColumnMapping> mappings = tx(em -> new ColumnMappingRepository(em).ofClub(club));
        assertThat(mappings).singleElement()
                .satisfies(m -> assertThat(m.headerToField()).isEqualTo(columns));
        assertThatThrownBy(() -> tx(em -> new ColumnMappingRepository(em).add(new ColumnMapping(club, "ours", "x", columns, Map.of(), NOW))))
                .isInstanceOf(ConflictException.class);
    }
}
