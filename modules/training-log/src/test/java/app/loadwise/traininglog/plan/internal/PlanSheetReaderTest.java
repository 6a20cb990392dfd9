package app.loadwise.traininglog.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.plan.PlannedSessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.FormatDetector;
import app.loadwise.traininglog.importing.internal.RawRow;
import app.loadwise.traininglog.importing.internal.TemplateLayout;
import app.loadwise.traininglog.importing.internal.TemplateWorkbook;
import app.loadwise.traininglog.importing.internal.ValueParser;
import app.loadwise.traininglog.importing.internal.XlsxSheetReader;
import app.loadwise.traininglog.plan.internal.PlanSheetReader.PlanFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSheetReaderTest {

    @TempDir
    Path dir;

    private static final ValueParser VALUES = new ValueParser(Locale.UK, null);

    /** A CSV-like reader of one unnamed sheet of text rows. */
    private static app.loadwise.traininglog.importing.internal.SheetReader csv(List<List<String>> rows) {
        Deque<RawRow> left = new ArrayDeque<>();
        for (int i = 0; i < rows.size(); i++) {
            left.add(RawRow.text(i + 1, rows.get(i)));
        }
        return new app.loadwise.traininglog.importing.internal.SheetReader() {
            boolean opened;

            @Override
            public boolean nextSheet() {
                boolean first = !opened;
                opened = true;
                return first;
            }

            @Override
            public String sheetName() {
                return null;
            }

            @Override
            public RawRow nextRow() {
                return left.poll();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void readsPlanRowsWithTheImportsParsersAndTheTemplatesHeaders() {
        PlanFile file = PlanSheetReader.read(csv(List.of(
                TemplateLayout.PLAN_HEADERS,
                List.of("LS-001", "2026-12-15", "reps", "50", "8", "10.5", "6 x 800 m"),
                List.of("LS-001", "16.12.2026", "rest", "", "", "", ""),
                List.of("", "", "", "", "", "", ""),
                List.of("LS-002", "2026-12-20", "long run", "1:45", "4", "", ""))), VALUES, 100);

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).extracting(PlanSheetReader.PlanRow::details).containsExactly(
                new PlannedSessionDetails(LocalDate.of(2026, 12, 15), SessionType.INTERVALS, 50.0, 8, 10.5, "6 x 800 m"),
                new PlannedSessionDetails(LocalDate.of(2026, 12, 16), SessionType.REST, null, null, null, null),
                new PlannedSessionDetails(LocalDate.of(2026, 12, 20), SessionType.LONG, 105.0, 4, null, null));
        assertThat(file.rows()).extracting(PlanSheetReader.PlanRow::memberId).containsExactly("LS-001", "LS-001", "LS-002");
        assertThat(file.rows()).extracting(PlanSheetReader.PlanRow::row).containsExactly(2, 3, 5);
    }

    @Test
    void findsAClubsOwnHeadersBelowATitleAndAnAthleteByName() {
        PlanFile file = PlanSheetReader.read(csv(List.of(
                List.of("Week 51 plan", ""),
                List.of("Athlete", "Day", "Session", "Duration (h)", "Target RPE"),
                List.of("Ada Okafor", "2026-12-15", "tempo", "0.75", "6"))), VALUES, 100);

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows().get(0).name()).isEqualTo("Ada Okafor");
        assertThat(file.rows().get(0).details().minutes()).isEqualTo(45.0);
        assertThat(file.rows().get(0).details().intendedRpe()).isEqualTo(6);
    }

    @Test
    void placesEveryErrorOnItsCellWithColumnHeaderAndPosition() {
        PlanFile file = PlanSheetReader.read(csv(List.of(
                TemplateLayout.PLAN_HEADERS,
                List.of("LS-001", "2026-12-15", "tempo", "", "6", "", ""),
                List.of("LS-001", "2026-13-40", "xyzzy", "45", "11", "", ""),
                List.of("", "2026-12-17", "easy", "40", "3", "", ""))), VALUES, 100);

        assertThat(file.rows()).isEmpty();
        assertThat(file.errors()).extracting(RowProblem::row, RowProblem::column, RowProblem::columnRef)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Planned (min)", "4"),
                        org.assertj.core.groups.Tuple.tuple(3, "Date", "2"),
                        org.assertj.core.groups.Tuple.tuple(3, "Type", "3"),
                        org.assertj.core.groups.Tuple.tuple(3, "Intended RPE (0-10)", "5"),
                        org.assertj.core.groups.Tuple.tuple(4, "Member ID", "1"));
        assertThat(file.errors().get(0).problem()).isEqualTo("planned minutes are required for a tempo session");
        assertThat(file.errors().get(2).problem()).contains("'xyzzy' is not a session type");
        assertThat(file.errors().get(3).problem()).isEqualTo("intended RPE must be between 0 and 10 (CR-10 scale)");
        assertThat(file.errors().get(3).fix()).isEqualTo("use the CR-10 scale: 0 (rest) to 10 (maximal)");
        assertThat(file.errors().get(4).problem()).isEqualTo("the athlete is missing");
    }

    @Test
    void refusesAFileWithoutAPlanHeaderOrTooManyRows() {
        assertThatThrownBy(() -> PlanSheetReader.read(csv(List.of(List.of("Member ID", "Date", "Moving"))), VALUES, 100))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("no header row with Member ID (or Name), Date and Type");
        assertThatThrownBy(() -> PlanSheetReader.read(csv(List.of(TemplateLayout.PLAN_HEADERS,
                List.of("A", "2026-12-15", "easy", "30"), List.of("A", "2026-12-16", "easy", "30"))), VALUES, 1))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("more than 1 rows");
    }

    @Test
    void readsOnlyTheTemplatesPlanSheetWhichTheSessionImportLeavesAlone() throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        TemplateWorkbook.write(template);
        Path file = dir.resolve("plan.xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet sessions = workbook.getSheet(TemplateLayout.SESSIONS_SHEET);
            Row done = sessions.createRow(1);
            done.createCell(0).setCellValue("LS-001");
            done.createCell(1).setCellValue(LocalDate.of(2026, 12, 8));
            done.createCell(3).setCellValue("easy");
            done.createCell(4).setCellValue(40);
            Sheet plan = workbook.getSheet(TemplateLayout.PLAN_SHEET);
            assertThat(plan.getRow(0).getCell(0).getCellComment()).isNotNull();
            Row row = plan.createRow(1);
            row.createCell(0).setCellValue("LS-001");
            row.createCell(1).setCellValue(LocalDate.of(2026, 12, 15));
            row.createCell(2).setCellValue("hills");
            row.createCell(3).setCellValue(45);
            row.createCell(4).setCellValue(7);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        PlanFile read;
        try (XlsxSheetReader reader = new XlsxSheetReader(file, 100)) {
            read = PlanSheetReader.read(reader, VALUES, 100);
        }

        assertThat(read.sheet()).isEqualTo("Plan");
        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(r -> r.details().type()).containsExactly(SessionType.HILLS);
        RawRow header = RawRow.text(1, Arrays.asList(TemplateLayout.PLAN_HEADERS.toArray(String[]::new)));
        assertThat(new FormatDetector(List.of()).detect("Plan", header)).isNull();
        assertThat(new FormatDetector(List.of()).detect("Sheet1", header)).isNotNull();
    }

    @Test
    void aWorkbookWithoutAPlanSheetIsRefusedNamingItsSheets() throws IOException {
        Path file = dir.resolve("log.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Sessions").createRow(0).createCell(0).setCellValue("Member ID");
            workbook.write(out);
        }
        try (XlsxSheetReader reader = new XlsxSheetReader(file, 100)) {
            assertThatThrownBy(() -> PlanSheetReader.read(reader, VALUES, 100)).isInstanceOf(ImportFileException.class)
                    .hasMessageContaining("no sheet named 'Plan' (it has Sessions)");
        }
    }
}
