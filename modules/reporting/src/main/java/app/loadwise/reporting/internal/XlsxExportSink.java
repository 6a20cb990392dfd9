package app.loadwise.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet per table (a table beyond Excel's row limit continues on "name (2)"), a bold frozen header row, numbers
 * and dates as typed cells, text as text (never as a formula), and an About sheet first.
 */
public final class XlsxExportSink implements ExportSink {

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle date;
    private Sheet about;
    private int aboutRow;
    private String table;
    private List<String> columns;
    private Sheet sheet;
    private int sheetNo;
    private int rowNo;
    private long rows;

    public XlsxExportSink(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    @Override
    public void manifest(long clubId, Instant exportedAt, List<String> tables) {
        about = workbook.createSheet("About");
        line("Loadwise data export of club " + clubId, exportedAt.toString());
        line("One sheet per table; dates are dates, instants are ISO-8601 text in UTC.", null);
        line("Secrets (password hashes, API key hashes, webhook secrets) are not exported.", null);
        line(null, null);
        line("table", "rows");
    }

    private void line(String a, String b) {
        Row row = about.createRow(aboutRow++);
        if (a != null) {
            row.createCell(0).setCellValue(a);
        }
        if (b != null) {
            row.createCell(1).setCellValue(b);
        }
    }

    @Override
    public void startTable(String name, List<String> columns) {
        this.table = name;
        this.columns = columns;
        this.sheetNo = 0;
        this.rows = 0;
        newSheet();
    }

    private void newSheet() {
        sheetNo++;
        sheet = workbook.createSheet(sheetNo == 1 ? table : table + " (" + sheetNo + ")");
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        sheet.setDefaultColumnWidth(16);
        rowNo = 1;
    }

    @Override
    public void row(Object[] cells) {
        if (rowNo >= MAX_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(rowNo++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number && !(value instanceof BigDecimal big && big.precision() > 15)) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value instanceof Date || value instanceof LocalDate) {
                LocalDate day = value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                String text = ExportSink.text(value);
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        }
        rows++;
    }

    @Override
    public void endTable() {
        line(table, null);
        about.getRow(aboutRow - 1).createCell(1).setCellValue(rows);
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
