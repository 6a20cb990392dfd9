package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateOrdersTest {

    @TempDir
    Path dir;

    private DateOrders scan(String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), csv);
        return DateOrders.scan(() -> new CsvSheetReader(file, 100), new FormatDetector(List.of()));
    }

    @Test
    void keepsWhatTheCheckDecidedForTheCommitToReadBackUnchanged() throws Exception {
        DateOrders decided = scan("Member ID,Date,Type,Minutes\n"
                + "LS-001,13/02/2026,easy,30\n"
                + "LS-001,02/14/2026,easy,30\n"
                + "LS-001,03/04/2026,easy,30\n"
                + "LS-001,25/02/2026,easy,30\n");
        DateOrders.ColumnOrder mixed = decided.of(0, 1);
        assertThat(mixed.order()).isEqualTo(DateOrders.Order.MIXED);
        assertThat(mixed.dayFirstRows()).containsExactly(2, 5);
        assertThat(mixed.monthFirstExample()).isEqualTo("02/14/2026");

        String kept = decided.encode();
        assertThat(kept).isEqualTo("0:1\tMIXED\t2\t2,5\t13/02/2026\t1\t3\t02/14/2026");
        assertThat(DateOrders.decode(kept).of(0, 1)).isEqualTo(mixed);
        assertThat(DateOrders.decode(kept).of(0, 2)).isEqualTo(DateOrders.ColumnOrder.LOCALE);
    }

    @Test
    void readsTheDateColumnsOfEverySheetOfAWorkbook() throws Exception {
        Path file = dir.resolve("log.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet first = workbook.createSheet("Sessions");
            row(first, 0, "Member ID", "Date", "Type", "Minutes", "Coach comment");
            row(first, 1, "LS-001", "11/22/2026", "easy", 30.0, "steady");
            row(first, 2, "LS-001", "03/04/2026", "easy", 31.0, "13/02/2026");
            // the second sheet's header is in other places: it is found from all its columns again
            Sheet second = workbook.createSheet("Older");
            row(second, 0, "Notes", "Minutes", "Type", "Member ID", "Date");
            row(second, 1, "11/22/2026", 40.0, "easy", "LS-002", "25/02/2026");
            workbook.write(out);
        }
        DateOrders decided = DateOrders.scan(() -> new XlsxSheetReader(file, 100), new FormatDetector(List.of()));
        assertThat(decided.of(0, 1).order()).isEqualTo(DateOrders.Order.MONTH_FIRST);
        assertThat(decided.of(0, 1).monthFirstRows()).containsExactly(2);
        assertThat(decided.of(1, 4).order()).isEqualTo(DateOrders.Order.DAY_FIRST);
        assertThat(decided.of(1, 4).dayFirstExample()).isEqualTo("25/02/2026");
        assertThat(decided.of(0, 4)).isEqualTo(DateOrders.ColumnOrder.LOCALE);
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double number) {
                row.createCell(i).setCellValue(number);
            } else {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }

    @Test
    void aFileWithoutDateColumnsKeepsNothing() throws Exception {
        DateOrders decided = scan("Member ID,Type,Minutes\nLS-001,easy,30\n");
        assertThat(decided.encode()).isEmpty();
        assertThat(DateOrders.decode("").of(0, 1)).isEqualTo(DateOrders.ColumnOrder.LOCALE);
    }

    /** Reads every row of a CSV file in a day-first club and answers the scanner, read to its end. */
    private UploadScanner readAll(String csv, List<UploadScanner.Scanned> rows) throws Exception {
        Path file = Files.writeString(dir.resolve("read.csv"), csv);
        UploadScanner scanner = new UploadScanner(file, new FormatDetector(List.of()),
                new UploadScanner.Settings(Locale.UK, ZoneId.of("Europe/London"), false, 100, 1_000, null));
        try (scanner) {
            UploadScanner.Scanned row;
            while ((row = scanner.next()) != null) {
                rows.add(row);
            }
        }
        return scanner;
    }

    @Test
    void aFileWhoseDatesNeedNoOrderIsReadOnce() throws Exception {
        List<UploadScanner.Scanned> rows = new ArrayList<>();
        UploadScanner scanner = readAll("Member ID,Date,Type,Minutes\n"
                + "LS-001,2026-02-13,easy,30\n"
                + "LS-001,3 April 2026,easy,30\n"
                + "LS-001,,easy,30\n", rows);
        assertThat(scanner.dateOrdersIfDecided()).isNull();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).layout().notes()).isEmpty();
    }

    @Test
    void theFirstRowWithANumericDateDecidesTheOrdersOfTheWholeFile() throws Exception {
        List<UploadScanner.Scanned> rows = new ArrayList<>();
        UploadScanner scanner = readAll("Member ID,Date,Type,Minutes\n"
                + "LS-001,2026-02-13,easy,30\n"
                + "LS-001,03/04/2026,easy,30\n"
                + "LS-001,11/22/2026,easy,30\n", rows);
        assertThat(scanner.dateOrdersIfDecided()).isNotNull();
        assertThat(scanner.dateOrdersIfDecided().of(0, 1).order()).isEqualTo(DateOrders.Order.MONTH_FIRST);
        // 03/04 is read month first, as the later 11/22 says, although the club writes dates day first
        RowOutcome.Session second = (RowOutcome.Session) rows.get(1).outcome();
        assertThat(second.details().date()).isEqualTo(LocalDate.of(2026, 3, 4));
        // the first row did not need the order: its layout has no note yet; the rows from the second on say it once
        assertThat(rows.get(0).layout().notes()).isEmpty();
        assertThat(rows.get(1).layout().notes()).singleElement().asString().contains("read month first (MM/DD/YYYY) in every row");
        assertThat(rows.get(2).layout()).isSameAs(rows.get(1).layout());
    }
}
