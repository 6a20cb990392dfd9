package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.BulkRequest.SessionItem;
import app.loadwise.traininglog.importing.BulkRequest.WellnessItem;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bulk items are built into the import's rows directly and read and written by the file pipeline's reader and writer. */
class BulkImportsIT {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private ImportHarness harness;
    private long club;
    private long ada;

    private void open(Kind kind) {
        harness = new ImportHarness(TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind)),
                new ImportSettings(dir, 20L * 1024 * 1024, 1_048_576, 512, 10L * 1024 * 1024, 2));
        // a club writing decimal commas: the items' numbers are still read with their decimal point
        club = harness.club(Locale.GERMANY);
        ada = harness.athlete(club, "LS-001", "Ada Okafor");
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private <T> T bulk(Function<BulkImports, T> call) {
        return harness.tx(em -> {
            ImportHarness.Imports imports = harness.service(em);
            BulkImports bulk = new BulkImports();
            bulk.uploads = imports.uploads();
            bulk.commits = imports.commits();
            bulk.athletes = new AthleteRepository(em);
            return call.apply(bulk);
        });
    }

    private static SessionItem session(Long athleteId, String memberId, int day, Double distance, Integer rpe, String notes) {
        return new SessionItem(athleteId, memberId, null, LocalDate.of(2026, 3, day), LocalTime.of(7, 30), "long run", 95.0, null,
                distance, rpe, null, null, null, null, null, null, null, null, null, null, notes);
    }

    private List<TrainingSession> sessions() {
        return harness.tx(em -> new TrainingSessionRepository(em).ofAthlete(ada, DateRange.ALL, PageRequest.of(0, 50)).items());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesTheItemsValuesAsSentAndTheSameCallAgainWritesNothingNew(Kind kind) {
        open(kind);
        List<SessionItem> items = List.of(session(null, "LS-001", 2, 18.25, 6, "felt \"good\", legs heavy\nrained"),
                session(ada, null, 3, 1.234, 4, "=SUM(A1)"));
        BulkResult written = bulk(b -> b.sessions(club, new BulkRequest.Sessions(items, false, false, false), "integration"));
        assertThat(written.status()).isEqualTo(ImportView.Status.COMMITTED);
        assertThat(written.counts().imported()).isEqualTo(2);
        assertThat(sessions()).extracting(s -> s.details().distanceKm(), s -> s.details().notes(), s -> s.details().rpe())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(18.25, "felt \"good\", legs heavy\nrained", 6),
                        org.assertj.core.groups.Tuple.tuple(1.234, "=SUM(A1)", 4));
        ImportView record = harness.service(s -> s.uploads().get(written.importId()));
        assertThat(record.fileName()).isEqualTo("bulk-sessions.csv");
        assertThat(record.fileKind()).isEqualTo("json");
        Path kept = harness.service(s -> s.pipeline().files().path(written.importId()));
        assertThat(kept).doesNotExist();

        BulkResult again = bulk(b -> b.sessions(club, new BulkRequest.Sessions(items, false, false, false), "integration"));
        assertThat(again.counts().duplicates()).isEqualTo(2);
        assertThat(again.counts().imported()).isZero();
        assertThat(sessions()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void answersEachInvalidItemByItsIndexAndFieldAndWritesNothing(Kind kind) {
        open(kind);
        List<SessionItem> items = List.of(session(null, "LS-001", 2, 10.0, 6, null), session(null, "LS-001", 3, Double.NaN, 11, null));
        assertThatThrownBy(() -> bulk(b -> b.sessions(club, new BulkRequest.Sessions(items, false, false, false), "integration")))
                .isInstanceOfSatisfying(BulkImports.BulkRejected.class, e -> {
                    assertThat(e.result().status()).isEqualTo(ImportView.Status.REJECTED);
                    assertThat(e.result().errors()).extracting(BulkResult.ItemError::item).containsOnly(1);
                    assertThat(e.result().errors()).extracting(BulkResult.ItemError::field).containsExactly("distanceKm");
                });
        assertThat(sessions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDryRunChecksTheItemsAndCannotBeCommittedLaterForItsItemsAreNotKept(Kind kind) {
        open(kind);
        BulkResult checked = bulk(b -> b.wellness(club, new BulkRequest.Wellness(List.of(new WellnessItem(null, "LS-001", null,
                MARCH_2, 7.5, 2, 48, 61.5, 3, null, 2, null, "calf")), true, false, false), "integration"));
        assertThat(checked.dryRun()).isTrue();
        assertThat(checked.counts().valid()).isEqualTo(1);
        assertThat(wellness()).isEmpty();
        assertThatThrownBy(() -> harness.service(s -> s.commits().commit(checked.importId(), false)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("send the call again with dryRun=false");
        BulkResult written = bulk(b -> b.wellness(club, new BulkRequest.Wellness(List.of(new WellnessItem(null, "LS-001", null,
                MARCH_2, 7.5, 2, 48, 61.5, 3, null, 2, null, "calf")), false, false, false), "integration"));
        assertThat(written.status()).isEqualTo(ImportView.Status.COMMITTED);
        assertThat(wellness()).contains(new WellnessDetails(MARCH_2, 7.5, 2, 48, 61.5, 3, null, 2, null, "calf"));
    }

    private Optional<WellnessDetails> wellness() {
        return harness.tx(em -> new WellnessRepository(em).on(ada, MARCH_2).map(WellnessEntry::details));
    }
}
