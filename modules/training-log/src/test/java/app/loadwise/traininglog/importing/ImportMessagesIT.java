package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Messages in the file's words: problems of many rows said once with their rows, notes on what was read, review items
 * naming the earlier file and row, and refused files whose answers hold no server path, class or library message.
 */
class ImportMessagesIT {

    @TempDir
    Path dir;

    private ImportHarness harness;
    private long club;
    private long ada;

    private void open(Kind kind) {
        harness = new ImportHarness(TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind)),
                new ImportSettings(dir, 20L * 1024 * 1024, 1_048_576, 512, 10L * 1024 * 1024, 5));
        club = harness.club(Locale.UK);
        ada = harness.athlete(club, "LS-001", "Ada Okafor");
        harness.athlete(club, "LS-002", "Ben Meyer");
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private ImportView upload(String name, byte[] content) {
        return harness.service(s -> s.uploads().upload(new UploadRequest(club, null, name, false, "coach@club"), new ByteArrayInputStream(content)));
    }

    private ImportView upload(String name, String content) {
        return upload(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ImportView.MessageGroup> of(ImportView view, String severity) {
        return view.groups().stream().filter(g -> g.severity().equals(severity)).toList();
    }

    // ---- grouped messages -------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWarningOfEveryRowIsSaidOnceSoTheUnusualOneStandsOut(Kind kind) {
        open(kind);
        StringBuilder file = new StringBuilder("Member ID,Date,Type,Minutes,Elapsed,RPE\n");
        for (int day = 1; day <= 20; day++) {
            // a watch export: no RPE on any row; one session whose watch kept running
            file.append("LS-001,2026-02-").append(String.format("%02d", day)).append(",easy,40,").append(day == 12 ? "95" : "41")
                    .append(",\n");
        }
        ImportView view = upload("watch.csv", file.toString());

        assertThat(view.counts().valid()).isEqualTo(20);
        List<ImportView.MessageGroup> warnings = of(view, "warning");
        assertThat(warnings).hasSize(2);
        ImportView.MessageGroup rpe = warnings.get(0);
        assertThat(rpe.count()).isEqualTo(20);
        assertThat(rpe.rowsText()).isEqualTo("2–21");
        assertThat(rpe.summary()).startsWith("20 rows (2–21): RPE is missing (column 6 'RPE' is empty)");
        ImportView.MessageGroup elapsed = warnings.get(1);
        assertThat(elapsed.count()).isEqualTo(1);
        assertThat(elapsed.rows()).containsExactly(13);
        assertThat(elapsed.summary()).startsWith("row 13: elapsed time (95 min, column 5 'Elapsed') is much longer than moving time");
        assertThat(view.warnings()).as("the per-row warnings are still given").hasSize(21);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void manyRowsWithTheSameErrorAreOneGroupListingTheRowsAlsoWhenTheImportIsReadAgain(Kind kind) {
        open(kind);
        StringBuilder file = new StringBuilder("Member ID,Date,Type,Minutes,RPE\n");
        for (int row = 2; row <= 35; row++) {
            file.append("LS-001,30/02/2026,easy,40,5\n");
        }
        file.append("LS-001,2026-03-02,easy,40,12\n");
        ImportView view = upload("log.csv", file.toString());

        assertThat(view.counts().invalid()).isEqualTo(35);
        List<ImportView.MessageGroup> errors = of(view, "error");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).count()).isEqualTo(34);
        assertThat(errors.get(0).rowsText()).isEqualTo("2–35");
        assertThat(errors.get(0).columnRef()).isEqualTo("2");
        assertThat(errors.get(0).summary()).isEqualTo("34 rows (2–35), column 2 'Date': '30/02/2026' is not a date in the calendar "
                + "(February 2026 has 28 days); " + errors.get(0).fix());
        assertThat(errors.get(1).rows()).containsExactly(36);
        assertThat(errors.get(1).column()).isEqualTo("RPE");

        ImportView again = harness.service(s -> s.uploads().get(view.id()));
        assertThat(again.groups()).as("the stored errors, grouped").extracting(ImportView.MessageGroup::count).containsExactly(34L, 1L);
        long listed = harness.service(s -> s.uploads().errors(view.id(), PageRequest.of(0, 100)).total());
        assertThat(listed).as("every row's error is still listed").isEqualTo(35L);
    }

    // ---- notes ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void notesSayWhereAFormulasSavedValueWasReadWhichTotalsRowWasSkippedAndWhatTextWasKeptAsText(Kind kind) {
        open(kind);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sessions");
            header(sheet.createRow(0), "Member ID", "Date", "Type", "Minutes", "RPE", "Notes");
            Row first = sheet.createRow(1);
            header(first, "LS-001", "2026-03-02", "easy");
            first.createCell(3).setCellFormula("30+22");
            first.createCell(4).setCellValue(5);
            first.createCell(5).setCellValue("=felt great, 2x strides");
            Row second = sheet.createRow(2);
            header(second, "LS-001", "2026-03-03", "tempo");
            second.createCell(3).setCellValue(45);
            second.createCell(4).setCellValue(7);
            second.createCell(5).setCellValue("- warm-up 15 min");
            Row total = sheet.createRow(3);
            header(total, "Total");
            total.createCell(3).setCellFormula("SUM(D2:D3)");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ImportView view = upload("october.xlsx", xlsx);

        assertThat(view.counts().valid()).isEqualTo(2);
        assertThat(view.counts().ignored()).isEqualTo(1);
        assertThat(view.notes()).extracting(ImportView.RowWarning::row, ImportView.RowWarning::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "column D 'Minutes' holds a formula: its value as the file was last saved, "
                        + "'52', is read (formulas are never run)"),
                org.assertj.core.groups.Tuple.tuple(2, "column F 'Notes' starts with '=': it is kept as plain text, never run as a "
                        + "formula (exports put an apostrophe before it so spreadsheet programs show it as text)"),
                org.assertj.core.groups.Tuple.tuple(3, "column F 'Notes' starts with '-': it is kept as plain text, never run as a "
                        + "formula (exports put an apostrophe before it so spreadsheet programs show it as text)"),
                org.assertj.core.groups.Tuple.tuple(4, "totals row skipped ('Total' in column A 'Member ID'): its values are not "
                        + "imported; Loadwise adds up the sessions itself"));
        assertThat(of(view, "note")).extracting(ImportView.MessageGroup::rowsText).containsExactly("2", "2, 3", "4");
        assertThat(view.warnings()).noneMatch(w -> w.message().contains("formula"));

        harness.service(s -> s.commits().commit(view.id(), false));
        List<TrainingSession> stored = harness.tx(em -> new TrainingSessionRepository(em).ofAthlete(ada, DateRange.ALL,
                PageRequest.of(0, 10)).items());
        assertThat(stored).extracting(s -> s.details().movingMinutes(), s -> s.details().notes()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(52.0, "=felt great, 2x strides"),
                org.assertj.core.groups.Tuple.tuple(45.0, "- warm-up 15 min"));
    }

    private static void header(Row row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    // ---- review items name the earlier file and row -------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNearMatchHeldForReviewNamesTheEarlierImportsFileAndRow(Kind kind) {
        open(kind);
        ImportView october = upload("october-log.csv", "Member ID,Date,Start,Type,Minutes,RPE\n"
                + "LS-002,2026-03-01,07:00,easy,30,3\n"
                + "LS-001,2026-03-02,18:30,easy,40,4\n");
        harness.service(s -> s.commits().commit(october.id(), false));

        ImportView again = upload("october-again.csv", "Member ID,Date,Start,Type,Minutes,RPE\n"
                + "LS-001,2026-03-02,18:35,tempo,40,6\n"
                + "LS-001,2026-03-04,07:00,easy,30,3\n"
                + "LS-001,2026-03-04,07:05,easy,30,3\n");
        assertThat(again.counts().review()).isEqualTo(2);
        harness.service(s -> s.commits().commit(again.id(), false));

        List<ReviewView> items = harness.service(s -> s.reviews().reviewItems(again.id(), PageRequest.of(0, 10)).items());
        assertThat(items).extracting(ReviewView::row, ReviewView::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "matches row 3 of 'october-log.csv' imported 2026-03-09, a session of the same "
                        + "day, starting at 18:30 (5 min apart); type easy there, tempo here"),
                org.assertj.core.groups.Tuple.tuple(4, "matches row 3 of this file, a session of the same day, starting at 07:00 "
                        + "(5 min apart)"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aValueInConflictWithAWellnessEntryInTheLogNamesTheEarlierImportsFileAndRowOrTheApp(Kind kind) {
        open(kind);
        ImportView morning = upload("morning.csv", "Member ID,Date,Sleep\n"
                + "LS-002,2026-03-01,8\n"
                + "LS-001,2026-03-02,7.5\n");
        harness.service(s -> s.commits().commit(morning.id(), false));
        harness.tx(em -> new app.loadwise.domain.training.WellnessRepository(em).store(new app.loadwise.domain.training.WellnessEntry(
                ada, new app.loadwise.domain.training.WellnessDetails(java.time.LocalDate.of(2026, 3, 3), 6.0, null, null, null, null,
                null, null, null, null))));

        ImportView sheet = upload("training.csv", "Member ID,Date,Type,Minutes,Hours slept\n"
                + "LS-001,2026-03-02,easy,40,6\n"
                + "LS-001,2026-03-03,easy,40,7\n");
        List<RowProblem> errors = harness.service(s -> s.uploads().errors(sheet.id(), PageRequest.of(0, 10)).items());
        assertThat(errors).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Hours slept"), org.assertj.core.groups.Tuple.tuple(3, "Hours slept"));
        assertThat(errors.get(0).problem()).isEqualTo("sleep 6 for 2026-03-02 differs from 7.5 in the wellness entry already in "
                + "the log (row 3 of 'morning.csv', imported 2026-03-09)");
        assertThat(errors.get(1).problem()).isEqualTo("sleep 7 for 2026-03-03 differs from 6 in the wellness entry already in "
                + "the log (entered in the app)");
        assertThat(errors).allSatisfy(p -> assertThat(p.problem()).doesNotContain("entry 1").doesNotContain("(entry"));
    }

    // ---- the commit reads the file once ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theCommitReadsEachDateColumnInTheOrderTheCheckDecidedWithoutAPassOfItsOwn(Kind kind) {
        open(kind);
        ImportView checked = upload("log.csv", "Member ID,Date,Type,Minutes,RPE\n"
                + "LS-001,01/14/2026,easy,30,3\n"
                + "LS-001,02/01/2026,easy,40,4\n");
        String kept = harness.tx(em -> new app.loadwise.traininglog.importing.internal.store.ImportRecordRepository(em).get(checked.id()).dateOrders());
        assertThat(kept).isEqualTo("0:1\tMONTH_FIRST\t0\t\t\t1\t2\t01/14/2026");

        // what the commit reads is what was kept: told day first here, it reads 02/01 as 2 January, not 1 February
        harness.tx(em -> {
            var record = new app.loadwise.traininglog.importing.internal.store.ImportRecordRepository(em).get(checked.id());
            record.noteDateOrders("0:1\tDAY_FIRST\t1\t3\t02/01/2026\t0\t\t");
            return null;
        });
        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), true));
        assertThat(committed.status()).isEqualTo(ImportView.Status.COMMITTED);
        List<TrainingSession> stored = harness.tx(em -> new TrainingSessionRepository(em).ofAthlete(ada, DateRange.ALL,
                PageRequest.of(0, 10)).items());
        assertThat(stored).extracting(t -> t.details().date()).containsExactly(java.time.LocalDate.of(2026, 1, 2));
        List<RowProblem> problems = harness.service(s -> s.uploads().errors(checked.id(), PageRequest.of(0, 10)).items());
        assertThat(problems).extracting(RowProblem::row, RowProblem::value).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "01/14/2026"));
    }

    // ---- files refused in the product's words --------------------------------------------------------------

    @Test
    void refusedFilesAreAnsweredInTheProductsWordsWithoutPathsClassesOrLibraryMessages() throws IOException {
        open(Kind.H2);
        byte[] good;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sessions");
            header(sheet.createRow(0), "Member ID", "Date", "Type", "Minutes");
            for (int r = 1; r < 200; r++) {
                header(sheet.createRow(r), "LS-001", "2026-03-02", "easy", "note " + r);
            }
            workbook.write(out);
            good = out.toByteArray();
        }
        assertRefused("truncated.xlsx", Arrays.copyOf(good, good.length / 2), 400, "truncated");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("photos/readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused("photos.zip", zip.toByteArray(), 400, "zip archive but not an .xlsx workbook");

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook legacy = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            legacy.createSheet("Sessions").createRow(0).createCell(0).setCellValue("Member ID");
            legacy.write(xls);
        }
        assertRefused("old.xls", xls.toByteArray(), 415, "Excel 97–2003 (.xls)");

        assertRefused("secret.xlsx", encrypted(good), 400, "protected with a password");

        byte[] latin1 = "Member ID,Date,Type,Minutes,Notes\nLS-001,2026-03-02,easy,40,ok\nLS-001,2026-03-03,easy,40,M\u00fcde\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("latin1.csv", latin1, 400, "line 3 of the file is not valid UTF-8");

        assertRefused("quote.csv", "Member ID,Date,Type,Minutes,Notes\nLS-001,2026-03-02,easy,40,\"open\" quote\n"
                .getBytes(StandardCharsets.UTF_8), 400, "line 2");
    }

    private void assertRefused(String name, byte[] content, int status, String says) {
        assertThatThrownBy(() -> upload(name, content)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.status()).as(name).isEqualTo(status);
            assertThat(e.getMessage()).as(name).contains(says)
                    .doesNotContain(dir.toString()).doesNotContain(".part").doesNotContain("/").doesNotContain("\\")
                    .doesNotContainPattern("\\b(java|javax|org|com)\\.[a-z]")
                    .doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b");
        });
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".upload"))).as("nothing is kept").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encrypted(byte[] xlsx) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("club-secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
