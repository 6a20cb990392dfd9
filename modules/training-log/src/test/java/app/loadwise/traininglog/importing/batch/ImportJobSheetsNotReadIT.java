package app.loadwise.traininglog.importing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.traininglog.importing.ImportHarness;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.UploadRequest;
import app.loadwise.traininglog.importing.internal.ImportJobRecords;
import app.loadwise.traininglog.importing.internal.ImportJobs;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A large workbook checked by the import job names the sheets it passed over, as a small one checked at once does. */
class ImportJobSheetsNotReadIT {

    private static final int CHUNK = 3;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theJobKeepsTheSheetsItPassedOverForWantOfAHeaderRowWithTheImport(Kind kind) throws IOException {
        // every upload is "large" here: left to the job
        try (ImportHarness harness = new ImportHarness(kind, dir, 100)) {
            long club = harness.club(Locale.UK);
            harness.athlete(club, "LS-001", "Ada");
            byte[] file = workbook();
            ImportView uploaded = harness.service(s -> s.uploads().upload(new UploadRequest(club, null, "club.xlsx", false, "coach"),
                    new ByteArrayInputStream(file)));
            assertThat(uploaded.status()).isEqualTo(ImportView.Status.VALIDATING);
            long importId = uploaded.id();

            EntityManager em = harness.entityManager();
            ImportPipeline pipeline = harness.pipeline(em);
            ImportRowReader reader = ImportJobArtifacts.reader(em, pipeline, importId, 9L);
            ImportRowWriter writer = ImportJobArtifacts.writer(em, pipeline, importId, ImportJobs.Mode.CHECK);
            em.getTransaction().begin();
            reader.open(null);
            em.getTransaction().commit();
            boolean more = true;
            while (more) {
                em.getTransaction().begin();
                List<Object> items = new ArrayList<>();
                Object item = null;
                while (items.size() < CHUNK && (item = reader.readItem()) != null) {
                    items.add(item);
                }
                more = item != null;
                if (!items.isEmpty()) {
                    writer.writeItems(items);
                }
                em.getTransaction().commit();
            }
            reader.close();
            em.getTransaction().begin();
            new ImportJobRecords(new ImportRecordRepository(em), ImportHarness.CLOCK).finish(importId, ImportJobs.Mode.CHECK);
            em.getTransaction().commit();
            em.close();

            ImportView checked = harness.service(s -> s.uploads().get(importId));
            assertThat(checked.status()).isEqualTo(ImportView.Status.VALIDATED);
            assertThat(checked.counts().valid()).isEqualTo(4);
            assertThat(checked.sheetsNotRead()).extracting(ImportView.SheetNotRead::sheet).containsExactly("Notes");
            assertThat(checked.sheetsNotRead().get(0).message())
                    .startsWith("Sheet 'Notes' was not read: no header row with a date and an athlete column found");
            assertThat(checked.ignoredColumns()).isEmpty();
        }
    }

    /** Instructions, a training sheet of four sessions, and a sheet of notes after it (passed over at the very end). */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("Instructions"), new Object[][] {{"Fill in one row per session."}});
            fill(workbook.createSheet("Training"), new Object[][] {
                    {"Member ID", "Date", "Type", "Minutes"},
                    {"LS-001", "2026-03-02", "easy", 40},
                    {"LS-001", "2026-03-03", "easy", 41},
                    {"LS-001", "2026-03-04", "easy", 42},
                    {"LS-001", "2026-03-05", "easy", 43}});
            fill(workbook.createSheet("Notes"), new Object[][] {{"Ada", "felt a twinge on 2 March"}});
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(rows[r][c].toString());
                }
            }
        }
    }
}
