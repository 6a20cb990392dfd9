package app.loadwise.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportSinksTest {

    private static final Instant AT = Instant.parse("2026-11-29T06:00:00Z");
    private static final Object[] ROW = {50L, "=HYPERLINK(\"http://x\")", java.sql.Date.valueOf(LocalDate.of(2026, 3, 2)),
            OffsetDateTime.parse("2026-03-02T18:30:00+01:00"), true, null, new java.math.BigDecimal("7.50"), "line one\nline, two"};

    private static byte[] export(ExportSinkFactory factory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportSink sink = factory.open(out)) {
            sink.manifest(7, AT, List.of("athlete"));
            sink.startTable("athlete", List.of("id", "name", "day", "at", "active", "empty", "hours", "notes"));
            sink.row(ROW);
            sink.endTable();
            sink.finish();
        }
        return out.toByteArray();
    }

    /** A sink closed without finishing, as when reading a table fails half way. */
    private static byte[] failedExport(ExportSinkFactory factory) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportSink sink = factory.open(out)) {
            sink.manifest(7, AT, List.of("athlete", "training_session"));
            sink.startTable("athlete", List.of("id", "name", "day", "at", "active", "empty", "hours", "notes"));
            sink.row(ROW);
            sink.endTable();
        }
        return out.toByteArray();
    }

    @Test
    void aFailedExportNeverLooksComplete() throws IOException {
        assertThat(failedExport(XlsxExportSink::new)).as("no workbook is written").isEmpty();
        byte[] zip = failedExport(CsvZipExportSink::new);
        assertThatThrownBy(() -> new java.util.zip.ZipFile(java.nio.file.Files.write(
                java.nio.file.Files.createTempFile("failed-export", ".zip"), zip).toFile()).close())
                .as("a zip without its central directory does not open").isInstanceOf(java.util.zip.ZipException.class);
    }

    interface ExportSinkFactory {
        ExportSink open(ByteArrayOutputStream out);
    }

    @Test
    void workbookHasTypedCellsAndKeepsFormulaTextAsText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(XlsxExportSink::new)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("About");
            Sheet sheet = workbook.getSheet("athlete");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(50.0);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("2026-03-02T17:30:00Z");
            assertThat(row.getCell(4).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(5)).isNull();
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(7.5);
            assertThat(workbook.getSheet("About").getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void zipHasOneRfc4180FilePerTableAndAManifest() throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export(CsvZipExportSink::new)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("athlete.csv", "export.txt");
        assertThat(files.get("export.txt")).contains("club 7").contains("athlete: 1");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(files.get("athlete.csv").getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(1);
        CSVRecord row = records.get(0);
        assertThat(row.get("name")).as("inert, as in the workbook").isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("day")).isEqualTo("2026-03-02");
        assertThat(row.get("at")).isEqualTo("2026-03-02T17:30:00Z");
        assertThat(row.get("empty")).isEmpty();
        assertThat(row.get("hours")).isEqualTo("7.50");
        assertThat(row.get("notes")).isEqualTo("line one\nline, two");
    }

    @Test
    void csvCellsAreNeverFormulasButNumbersStayNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportSink sink = new CsvZipExportSink(out)) {
            sink.manifest(7, AT, List.of("notes"));
            sink.startTable("notes", List.of("text", "number"));
            for (String text : List.of("=1+2", "+31 6 1234", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd", "plain", "", "a=b")) {
                sink.row(new Object[] {text, -3.5});
            }
            sink.endTable();
            sink.finish();
        }
        String csv;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("notes.csv");
            csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(records).extracting(r -> r.get("text")).containsExactly("'=1+2", "'+31 6 1234", "'-2+3", "'@SUM(A1)",
                "'\t=cmd", "'\r=cmd", "plain", "", "a=b");
        assertThat(records).extracting(r -> r.get("number")).containsOnly("-3.5");
    }
}
