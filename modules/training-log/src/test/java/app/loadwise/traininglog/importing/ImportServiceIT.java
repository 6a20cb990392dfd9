package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.SessionSource;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.TestSessions;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Upload, dry run, commit, duplicates, review and undo on real PostgreSQL and H2. */
class ImportServiceIT {

    private static final String CLUB_FILE = """
            Member ID,Date,Start,Type,Minutes,Km,RPE,Notes
            LS-001,2026-03-02,18:30,track 6x800,52,10.2,8,=SUM(A1)
            LS-002,2026-03-03,,long run,1:45:00,21.1,6,
            LS-001,2026-03-04,07:00,jog,30,5,3,@coach
            """;

    @TempDir
    Path dir;

    private ImportHarness harness;
    private long club;
    private long ada;
    private long ben;

    private void open(Kind kind) {
        harness = new ImportHarness(kind, dir, 10L * 1024 * 1024);
        club = harness.club(Locale.UK);
        ada = harness.athlete(club, "LS-001", "Ada Okafor");
        ben = harness.athlete(club, "LS-002", "Ben Meyer");
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private ImportView upload(String content, Long athleteId, boolean createAthletes) {
        return harness.service(s -> s.uploads().upload(new UploadRequest(club, athleteId, "log.csv", createAthletes, "coach@club"),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
    }

    private long sessionsOf(long athlete) {
        return harness.tx(em -> new TrainingSessionRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 1)).total());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void checksFirstWritesOnCommitAndUndoesExactly(Kind kind) {
        open(kind);
        ImportView checked = upload(CLUB_FILE, null, false);
        assertThat(checked.status()).isEqualTo(ImportView.Status.VALIDATED);
        assertThat(checked.format()).isEqualTo("mapped");
        assertThat(checked.counts()).isEqualTo(new ImportView.Counts(3, 3, 0, 0, 0, 0, 0));
        assertThat(checked.preview()).extracting(ImportView.PreviewRow::outcome).containsExactly("new", "new", "new");
        assertThat(checked.preview().get(0).session().type()).isEqualTo("intervals");
        assertThat(checked.preview().get(0).session().notes()).isEqualTo("=SUM(A1)");
        assertThat(checked.uploadedBy()).isEqualTo("coach@club");
        assertThat(checked.checksum()).hasSize(64);
        assertThat(sessionsOf(ada)).isZero();

        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(committed.status()).isEqualTo(ImportView.Status.COMMITTED);
        assertThat(committed.counts().imported()).isEqualTo(3);
        assertThat(sessionsOf(ada)).isEqualTo(2);
        TrainingSession first = harness.tx(em -> new TrainingSessionRepository(em)
                .ofAthlete(ada, DateRange.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)), PageRequest.of(0, 5)).items().get(0));
        assertThat(first.source().importId()).isEqualTo(checked.id());
        assertThat(first.source().row()).isEqualTo(2);

        ImportView undone = harness.service(s -> s.commits().undo(checked.id()));
        assertThat(undone.status()).isEqualTo(ImportView.Status.UNDONE);
        assertThat(undone.removed()).isEqualTo(3);
        assertThat(sessionsOf(ada)).isZero();
        assertThatThrownBy(() -> harness.service(s -> s.commits().commit(checked.id(), false))).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deletesKeptUploadsOnceTheyAreOldEnoughFinishedSoonerThanPending(Kind kind) {
        open(kind);
        ImportView committed = upload(CLUB_FILE, null, false);
        harness.service(s -> s.commits().commit(committed.id(), false));
        ImportView pending = upload(CLUB_FILE.replace("LS-001", "LS-002"), null, false);
        java.nio.file.Path committedFile = harness.service(s -> s.pipeline().files().path(committed.id()));
        java.nio.file.Path pendingFile = harness.service(s -> s.pipeline().files().path(pending.id()));
        assertThat(committedFile).exists();
        java.time.Duration week = java.time.Duration.ofDays(7);
        java.time.Duration month = java.time.Duration.ofDays(30);
        java.time.Duration elapsed = java.time.Duration.ofSeconds(-1);
        java.util.function.BiFunction<java.time.Duration, java.time.Duration, Integer> deleteOlderThan =
                (keepFinished, keepPending) -> harness.service(s -> s.uploads().deleteOldUploads(keepFinished, keepPending));

        assertThat((int) deleteOlderThan.apply(week, month)).isZero();
        assertThat(committedFile).exists();

        assertThat((int) deleteOlderThan.apply(elapsed, month)).isEqualTo(1);
        assertThat(committedFile).doesNotExist();
        assertThat(pendingFile).exists();
        // an upload deleted once is not counted again
        assertThat((int) deleteOlderThan.apply(elapsed, month)).isZero();
        assertThat(harness.service(s -> s.commits().undo(committed.id())).status()).isEqualTo(ImportView.Status.UNDONE);

        assertThat((int) deleteOlderThan.apply(elapsed, elapsed)).isEqualTo(1);
        assertThat(pendingFile).doesNotExist();
        assertThatThrownBy(() -> harness.service(s -> s.commits().commit(pending.id(), false))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("was deleted on").hasMessageContaining("upload the file again");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void importingTheSameFileTwiceChangesNothing(Kind kind) {
        open(kind);
        long first = upload(CLUB_FILE, null, false).id();
        harness.service(s -> s.commits().commit(first, false));
        ImportView again = upload(CLUB_FILE, null, false);
        assertThat(again.sameFileCommittedAs()).isEqualTo(first);
        assertThat(again.preview()).extracting(ImportView.PreviewRow::outcome).containsOnly("duplicate");
        ImportView committed = harness.service(s -> s.commits().commit(again.id(), false));
        assertThat(committed.counts().duplicates()).isEqualTo(3);
        assertThat(committed.counts().imported()).isZero();
        assertThat(sessionsOf(ada) + sessionsOf(ben)).isEqualTo(3);
    }

    @Test
    void holdsANearMatchForReviewAndImportsItOnlyWhenDecided() {
        open(Kind.H2);
        long existing = harness.tx(em -> new TrainingSessionRepository(em).store(new TrainingSession(ada,
                TestSessions.basic(LocalDate.of(2026, 3, 2), LocalTime.of(18, 25), SessionType.INTERVALS, 45.0, 7),
                SessionSource.api())).id());
        ImportView checked = upload(CLUB_FILE, null, false);
        assertThat(checked.counts().review()).isEqualTo(1);
        assertThat(checked.preview().get(0).outcome()).isEqualTo("review");
        long id = harness.service(s -> s.commits().commit(checked.id(), false)).id();
        List<ReviewView> items = harness.service(s -> s.reviews().reviewItems(id, PageRequest.of(0, 10)).items());
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.existingId()).isEqualTo(existing);
            assertThat(item.row()).isEqualTo(2);
            assertThat(item.reason()).contains("18:25").contains("5 min apart");
            assertThat(item.status()).isEqualTo("open");
        });
        assertThat(sessionsOf(ada)).isEqualTo(2);
        ReviewView decided = harness.service(s -> s.reviews().resolve(id, items.get(0).id(), true));
        assertThat(decided.status()).isEqualTo("imported");
        assertThat(sessionsOf(ada)).isEqualTo(3);
        assertThatThrownBy(() -> harness.service(s -> s.reviews().resolve(id, items.get(0).id(), false))).isInstanceOf(ConflictException.class);
        harness.service(s -> s.commits().undo(id));
        assertThat(sessionsOf(ada)).isEqualTo(1);
    }

    @Test
    void skipsAnExactMatchWithoutStartTimeByTypeAndDuration() {
        open(Kind.H2);
        harness.tx(em -> new TrainingSessionRepository(em).store(new TrainingSession(ben,
                TestSessions.basic(LocalDate.of(2026, 3, 3), null, SessionType.LONG, 105.0, 6), SessionSource.api())));
        ImportView checked = upload(CLUB_FILE, null, false);
        assertThat(checked.preview().get(1).outcome()).isEqualTo("duplicate");
    }

    @Test
    void isAllOrNothingUnlessInvalidRowsAreSkipped() {
        open(Kind.H2);
        String file = CLUB_FILE + "LS-001,2026-03-05,,easy,40,,12,\nLS-404,2026-03-05,,easy,40,,3,\n";
        ImportView checked = upload(file, null, false);
        assertThat(checked.counts().invalid()).isEqualTo(2);
        var errors = harness.service(s -> s.uploads().errors(checked.id(), PageRequest.of(0, 10)));
        assertThat(errors.items()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "RPE"), org.assertj.core.groups.Tuple.tuple(6, "Member ID"));
        assertThat(errors.items().get(1).problem()).contains("LS-404");
        assertThatThrownBy(() -> harness.service(s -> s.commits().commit(checked.id(), false)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("skipInvalid");
        assertThat(sessionsOf(ada)).isZero();
        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), true));
        assertThat(committed.counts().imported()).isEqualTo(3);
        long kept = harness.service(s -> s.uploads().errors(checked.id(), PageRequest.of(0, 10)).total());
        assertThat(kept).isEqualTo(2);
    }

    @Test
    void enrolsUnknownMembersOnlyWhenAsked() {
        open(Kind.H2);
        String file = "Member ID,Name,Date,Type,Minutes\nNEW-9,Cleo Park,2026-03-02,easy,30\n";
        assertThat(upload(file, null, false).counts().invalid()).isEqualTo(1);
        ImportView checked = upload(file, null, true);
        assertThat(checked.preview().get(0).outcome()).isEqualTo("new-athlete");
        assertThat(harness.service(s -> s.commits().commit(checked.id(), false)).counts().imported()).isEqualTo(1);
    }

    /** Leaves the import as a server would that stopped after accepting a commit, before its job started. */
    private void committingWithoutJob(long importId, java.time.Instant requested) {
        harness.tx(em -> em.createNativeQuery("UPDATE import_record SET status = 'COMMITTING', job_execution_id = NULL,"
                        + " job_requested_at = ?1 WHERE id = ?2")
                .setParameter(1, requested.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, importId).executeUpdate());
    }

    @Test
    void aCommitWhoseJobNeverStartedIsStartedAgainOnlyOnceItsJobIsOverdue() {
        open(Kind.H2);
        long id = upload(CLUB_FILE, null, false).id();
        java.time.Instant now = ImportHarness.CLOCK.instant();
        committingWithoutJob(id, now.minusSeconds(30));
        assertThat(harness.<Boolean>service(s -> s.commits().jobNeverStarted(id))).isFalse();
        assertThatThrownBy(() -> harness.service(s -> s.commits().commit(id, false))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already committing");

        committingWithoutJob(id, now.minusSeconds(600));
        assertThat(harness.<Boolean>service(s -> s.commits().jobNeverStarted(id))).isTrue();
        assertThat(harness.service(s -> s.commits().commit(id, false)).status()).isEqualTo(ImportView.Status.COMMITTED);
        assertThat(sessionsOf(ada) + sessionsOf(ben)).isEqualTo(3);
    }

    @Test
    void matchesRowsOfOneFileByAthleteAndDay() {
        open(Kind.H2);
        String file = "Member ID,Date,Start time,Type,Minutes\n"
                + "LS-001,2026-03-02,07:00,easy,40\nLS-002,2026-03-02,07:00,easy,40\nLS-001,2026-03-03,07:00,easy,40\n"
                + "LS-001,2026-03-02,07:00,easy,40\nLS-001,2026-03-02,07:05,tempo,40\n";
        ImportView checked = upload(file, null, false);
        assertThat(checked.preview()).extracting(ImportView.PreviewRow::outcome)
                .containsExactly("new", "new", "new", "duplicate", "review");
        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(committed.counts().imported()).isEqualTo(3);
        assertThat(committed.counts().duplicates()).isEqualTo(1);
        assertThat(committed.counts().review()).isEqualTo(1);
        assertThat(sessionsOf(ada)).isEqualTo(2);
        assertThat(sessionsOf(ben)).isEqualTo(1);
    }

    @Test
    void keepsTheWellnessOfTwoNewMembersOnOneDayApart() {
        open(Kind.H2);
        String file = "Member ID,Name,Date,Sleep (h),Fatigue\nNEW-1,Cleo Park,2026-03-02,7.5,3\nNEW-2,Dev Shah,2026-03-02,6.5,4\n";
        ImportView checked = upload(file, null, true);
        assertThat(checked.preview()).extracting(ImportView.PreviewRow::outcome).containsExactly("new-athlete", "new-athlete");
        assertThat(checked.counts().duplicates()).isZero();
        assertThat(harness.service(s -> s.commits().commit(checked.id(), false)).counts().imported()).isEqualTo(2);
    }

    @Test
    void refusesAnUnreadableFileKeepingNothing() {
        open(Kind.H2);
        assertThatThrownBy(() -> upload("just,some\ntext,here\n", null, false))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("no header row");
        long imports = harness.service(s -> s.uploads().ofClub(club, PageRequest.of(0, 10)).total());
        assertThat(imports).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void importsOneAthletesWellnessExport() throws IOException {
        open(Kind.H2);
        String file = Files.readString(Path.of("src/test/resources/importing/intervals-wellness.csv"));
        ImportView checked = upload(file, ada, false);
        assertThat(checked.format()).isEqualTo("intervals-wellness");
        assertThat(checked.counts()).isEqualTo(new ImportView.Counts(2, 2, 0, 1, 0, 0, 0));
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(harness.tx(em -> new WellnessRepository(em).on(ada, LocalDate.of(2026, 3, 4))).orElseThrow().details().fatigue())
                .isEqualTo(7);
        ImportView again = upload(file, ada, false);
        assertThat(again.counts().duplicates()).isEqualTo(2);
    }

    @Test
    void commitsBothSheetsOfAWorkbookWhoseRowNumbersOverlap() throws IOException {
        open(Kind.H2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sessions = workbook.createSheet("Sessions");
            var header = sessions.createRow(0);
            for (int c = 0; c < app.loadwise.traininglog.importing.internal.TemplateLayout.SESSION_HEADERS.size(); c++) {
                header.createCell(c).setCellValue(app.loadwise.traininglog.importing.internal.TemplateLayout.SESSION_HEADERS.get(c));
            }
            var row = sessions.createRow(1);
            row.createCell(0).setCellValue("LS-001");
            row.createCell(1).setCellValue("2026-03-02");
            row.createCell(3).setCellValue("easy");
            row.createCell(4).setCellValue(40);
            var wellnessSheet = workbook.createSheet("Wellness");
            var wellnessHeader = wellnessSheet.createRow(0);
            for (int c = 0; c < app.loadwise.traininglog.importing.internal.TemplateLayout.WELLNESS_HEADERS.size(); c++) {
                wellnessHeader.createCell(c).setCellValue(app.loadwise.traininglog.importing.internal.TemplateLayout.WELLNESS_HEADERS.get(c));
            }
            var day = wellnessSheet.createRow(1);
            day.createCell(0).setCellValue("LS-001");
            day.createCell(1).setCellValue("2026-03-03");
            day.createCell(2).setCellValue(7.5);
            workbook.write(out);
        }
        ImportView checked = harness.service(s -> s.uploads().upload(new UploadRequest(club, null, "both.xlsx", false, null),
                new ByteArrayInputStream(out.toByteArray())));
        assertThat(checked.counts().valid()).isEqualTo(2);
        assertThat(harness.service(s -> s.commits().commit(checked.id(), false)).counts().imported()).isEqualTo(2);
        assertThat(sessionsOf(ada)).isEqualTo(1);
        assertThat(harness.tx(em -> new WellnessRepository(em).on(ada, LocalDate.of(2026, 3, 3))).orElseThrow().details().sleepHours())
                .isEqualTo(7.5);
    }

    @Test
    void savesAMappingThatTheNextUploadUses() {
        open(Kind.H2);
        harness.service(s -> s.mappings().saveMapping(club, new MappingRequest("ours", List.of("Wer", "Wann", "Was", "Wie lange"),
                Map.of("Wer", "memberId", "Wann", "date", "Was", "type", "Wie lange", "movingMinutes"), Map.of())));
        ImportView checked = upload("Wer,Wann,Was,Wie lange\nLS-001,2026-03-02,jog,30\n", null, false);
        assertThat(checked.format()).isEqualTo("saved-mapping");
        assertThat(checked.counts().valid()).isEqualTo(1);
        assertThatThrownBy(() -> harness.service(s -> s.mappings().saveMapping(club, new MappingRequest("bad", List.of("A"), Map.of("A", "height"), Map.of()))))
                .hasMessageContaining("height");
    }

    @Test
    void writesATemplateThatImportsAsTheTemplate() throws IOException {
        open(Kind.H2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        harness.service(s -> {
            try {
                s.uploads().template(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet("Sessions").getRow(0).getCell(0).getCellComment()).isNotNull();
            assertThat(workbook.getSheet("Sessions").getDataValidations()).isNotEmpty();
            assertThat(workbook.getSheet("Instructions")).isNotNull();
            var row = workbook.getSheet("Sessions").createRow(1);
            row.createCell(0).setCellValue("LS-001");
            row.createCell(1).setCellValue(LocalDate.of(2026, 3, 2));
            row.createCell(3).setCellValue("intervals");
            row.createCell(4).setCellValue(50);
            row.createCell(7).setCellValue(8);
            ByteArrayOutputStream filled = new ByteArrayOutputStream();
            workbook.write(filled);
            ImportView checked = harness.service(s -> s.uploads().upload(new UploadRequest(club, null, "t.xlsx", false, null),
                    new ByteArrayInputStream(filled.toByteArray())));
            assertThat(checked.format()).isEqualTo("loadwise-template");
            assertThat(checked.counts().valid()).isEqualTo(1);
            assertThat(checked.preview().get(0).session().date()).isEqualTo("2026-03-02");
        }
    }
}
