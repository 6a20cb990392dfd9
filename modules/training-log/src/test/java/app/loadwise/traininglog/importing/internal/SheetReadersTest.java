package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.traininglog.importing.ImportFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetReadersTest {

    @TempDir
    Path dir;

    private Path text(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<RawRow> all(SheetReader reader) {
        List<RawRow> rows = new ArrayList<>();
        try (reader) {
            while (reader.nextSheet()) {
                RawRow row;
                while ((row = reader.nextRow()) != null) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "delimiter {0}")
    @CsvSource({"COMMA", "SEMICOLON", "TAB"})
    void detectsTheDelimiter(String name) throws IOException {
        char delimiter = switch (name) {
            case "COMMA" -> ',';
            case "SEMICOLON" -> ';';
            default -> '\t';
        };
        String d = String.valueOf(delimiter);
        String content = String.join(d, "Date", "Notes", "Km") + "\n" + String.join(d, "2026-03-02", "\"a, b; c\"", "5") + "\n";
        List<RawRow> rows = all(new CsvSheetReader(text("d.csv", content), 100));
        assertThat(rows.get(1).cells()).containsExactly("2026-03-02", "a, b; c", "5");
    }

    @Test
    void stripsTheByteOrderMarkAndKeepsQuotedLineBreaks() throws IOException {
        List<RawRow> rows = all(new CsvSheetReader(text("b.csv", "\uFEFF\"Date\",\"Notes\"\n\"2026-03-02\",\"two\nlines\"\n"), 100));
        assertThat(rows.get(0).cells()).containsExactly("Date", "Notes");
        assertThat(rows.get(1).cells()).containsExactly("2026-03-02", "two\nlines");
        assertThat(rows.get(1).number()).isEqualTo(2);
    }

    @Test
    void guessesTheDecimalCommaFromTheNumbers() throws IOException {
        assertThat(new CsvSheetReader(text("c.csv", "Date,Km\n2026-03-02,\"12,5\"\n"), 100).decimalSeparator()).isEqualTo(',');
        assertThat(new CsvSheetReader(text("p.csv", "Date;Km\n2026-03-02;12.5\n"), 100).decimalSeparator()).isEqualTo('.');
        assertThat(new CsvSheetReader(text("g.csv", "Date,Cal\n2026-03-02,\"1,020\"\n"), 100).decimalSeparator()).isNull();
    }

    @Test
    void rejectsInvalidUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "Date,Notes\n2026-03-02,M\u00fcde\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> all(new CsvSheetReader(file, 100)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("not valid UTF-8")
                .extracting(e -> ((ImportFileException) e).status()).isEqualTo(400);
    }

    @Test
    void rejectsARowWiderThanTheLimit() throws IOException {
        String wide = String.join(",", java.util.Collections.nCopies(20, "x"));
        assertThatThrownBy(() -> all(new CsvSheetReader(text("w.csv", "a,b\n" + wide + "\n"), 10)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("row 2 has 20 columns");
    }

    @Test
    void readsXlsxCellsTypedWithCachedFormulaValuesAndRowNumbersAsShown() {
        Path file = Workbooks.write(dir, "s.xlsx", "Sessions", Arrays.asList(
                Arrays.<Object>asList("Log of March"),
                Arrays.<Object>asList(),
                Arrays.<Object>asList("Date", "Start", "Minutes", "Notes"),
                Arrays.<Object>asList(LocalDate.of(2026, 3, 2), new Workbooks.TimeOfDay(0.75), 52.5, "=not a formula"),
                Arrays.<Object>asList(LocalDate.of(2026, 3, 3), null, new Workbooks.Formula("20+30"), "@coach")));
        List<RawRow> rows = all(new XlsxSheetReader(file, 100));
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(1).isBlank()).isTrue();
        RawRow first = rows.get(3);
        assertThat(first.cells()).containsExactly("2026-03-02", "18:00:00", "52.5", "=not a formula");
        assertThat(first.typed(0)).isTrue();
        assertThat(first.typed(3)).isFalse();
        // a formula without a cached value reads as empty: it is never evaluated
        assertThat(rows.get(4).cell(2)).isNull();
        assertThat(rows.get(4).cell(3)).isEqualTo("@coach");
    }

    @Test
    void rejectsAValueBeyondTheColumnLimit() {
        List<Object> wide = new ArrayList<>(java.util.Collections.nCopies(30, null));
        wide.set(29, "far right");
        Path file = Workbooks.write(dir, "wide.xlsx", "S", List.of(List.of("Date"), wide));
        assertThatThrownBy(() -> all(new XlsxSheetReader(file, 20)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("column 30");
    }

    @Test
    void rejectsATruncatedWorkbook() throws IOException {
        Path good = Workbooks.write(dir, "t.xlsx", "S", List.of(List.of("Date", "Minutes")));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> all(new XlsxSheetReader(truncated, 100)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("not a readable .xlsx");
    }

    @Test
    void saysWhatIsWrongWithAWorkbookWithoutPathsOfTheServerOrClassNames() throws IOException {
        Path good = Workbooks.write(dir, "g.xlsx", "S", List.of(List.of("Date", "Minutes")));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("receiving-cut.part"), Arrays.copyOf(bytes, 40));
        Path noWorkbook = dir.resolve("receiving-empty.part");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(noWorkbook))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        for (Path file : List.of(cut, noWorkbook)) {
            assertThatThrownBy(() -> all(new XlsxSheetReader(file, 100))).isInstanceOf(ImportFileException.class)
                    .satisfies(e -> assertThat(e.getMessage()).as(file.getFileName().toString())
                            .doesNotContain(dir.toString()).doesNotContain("receiving-").doesNotContain(".part")
                            .doesNotContainPattern("\\b(java|javax|jakarta|org|com)\\.[a-z]+\\."));
        }
    }

    @Test
    void refusesExternalEntitiesInASheet() throws IOException {
        Path file = dir.resolve("xxe.xlsx");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        writeMinimalWorkbook(file, sheet, 0);
        assertThatThrownBy(() -> all(new XlsxSheetReader(file, 100)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("not allowed");
    }

    @Test
    void refusesASheetDeclaringADtdEvenWithoutEntities() throws IOException {
        Path file = dir.resolve("doctype.xlsx");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Date</t></is></c></row></sheetData></worksheet>";
        writeMinimalWorkbook(file, sheet, 0);
        assertThatThrownBy(() -> all(new XlsxSheetReader(file, 100)))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("not allowed");
        assertThat(RowEstimate.of(file, 1000)).isEqualTo(-1);
    }

    @Test
    void refusesAZipBomb() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        StringBuilder rows = new StringBuilder();
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        writeMinimalWorkbook(file, sheet + "</sheetData></worksheet>", 20_000_000);
        assertThatThrownBy(() -> all(new XlsxSheetReader(file, 100)))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> assertThat(((ImportFileException) e).status()).isEqualTo(413))
                .hasMessageContaining("zip bomb");
        assertThat(rows).isEmpty();
    }

    @Test
    void skipsAMillionEmptyStyledRowsQuickly() throws IOException {
        Path file = dir.resolve("styled.xlsx");
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Date</t></is></c></row>");
        for (int r = 2; r <= 200_000; r++) {
            sheet.append("<row r=\"").append(r).append("\" s=\"1\" customFormat=\"1\"><c r=\"A").append(r).append("\" s=\"1\"/></row>");
        }
        writeMinimalWorkbook(file, sheet.append("</sheetData></worksheet>").toString(), 0);
        long start = System.nanoTime();
        List<RawRow> rows = all(new XlsxSheetReader(file, 100));
        assertThat(rows).hasSize(200_000);
        assertThat(rows.subList(1, rows.size())).allMatch(RawRow::isBlank);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    /** A workbook of one sheet with the given XML, plus optional padding that compresses extremely well. */
    static void writeMinimalWorkbook(Path file, String sheetXml, int paddingBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            if (paddingBytes > 0) {
                String start = sheetXml.substring(0, sheetXml.indexOf("<sheetData>"));
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                zip.write(start.getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int written = 0; written < paddingBytes; written += spaces.length) {
                    zip.write(spaces);
                }
                zip.write(sheetXml.substring(start.length()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } else {
                entry(zip, "xl/worksheets/sheet1.xml", sheetXml);
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
