package app.loadwise.server.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small training log in the Loadwise template's layout for trying the import on the demo club: today's sessions
 * and wellness of a few demo athletes, and one row with a mistake (an RPE of 12) so the dry run shows an error on
 * its cell.
 */
public final class SampleWorkbook {

    /** The row (as the spreadsheet program numbers it) of the Sessions sheet that holds the mistake. */
    public static final int BAD_ROW = 5;
    public static final String BAD_MEMBER = "RH-017";

    private static final List<String> SESSION_HEADERS = List.of("Member ID", "Date", "Start time", "Type", "Moving (min)",
            "Elapsed (min)", "Distance (km)", "RPE (0-10)", "Avg HR", "Max HR", "Warm-up (min)", "Pain location",
            "Pain score (0-10)", "Notes");
    private static final List<String> WELLNESS_HEADERS = List.of("Member ID", "Date", "Sleep (h)", "Sleep quality (1-7)",
            "Resting HR", "HRV (ms)", "Fatigue (1-7)", "Stress (1-7)", "Mood (1-7)", "Soreness (1-7)", "Pain note");

    private SampleWorkbook() {
    }

    public static void write(LocalDate day, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sessions = workbook.createSheet("Sessions");
            header(sessions, SESSION_HEADERS);
            session(sessions, 1, date, "RH-014", day, "06:30", "easy", 42, 45, 7.4, 3, 138, 151, null, "easy loop by the river");
            session(sessions, 2, date, "RH-015", day, "07:00", "intervals", 55, 62, 10.1, 8, 162, 181, 15, "6 x 800 m");
            session(sessions, 3, date, "RH-016", day, "12:15", "tempo", 40, 44, 8.2, 7, 158, 172, 20, "20 min at threshold");
            session(sessions, BAD_ROW - 1, date, BAD_MEMBER, day, "18:00", "hills", 48, 55, 8.0, 12, 160, 178, 15,
                    "8 hill repeats (the RPE is a typo: CR-10 ends at 10)");
            session(sessions, 5, date, "RH-018", day, "18:30", "recovery", 30, 31, 5.0, 2, 128, 139, null, "shake-out");
            Sheet wellness = workbook.createSheet("Wellness");
            header(wellness, WELLNESS_HEADERS);
            wellness(wellness, 1, date, "RH-014", day, 7.6, 3, 49, 71.0, 2, 2, 2, 3);
            wellness(wellness, 2, date, "RH-015", day, 6.9, 4, 52, 64.0, 3, 3, 2, 3);
            wellness(wellness, 3, date, "RH-016", day, 8.1, 2, 47, 77.0, 2, 2, 1, 2);
            sessions.setColumnWidth(0, 12 * 256);
            sessions.setColumnWidth(1, 12 * 256);
            sessions.setColumnWidth(SESSION_HEADERS.size() - 1, 48 * 256);
            workbook.write(out);
        }
    }

    private static void header(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
        }
    }

    private static void session(Sheet sheet, int index, CellStyle dateStyle, String member, LocalDate day, String start, String type,
                                double moving, double elapsed, double km, int rpe, int avgHr, int maxHr, Integer warmUp, String notes) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(member);
        row.createCell(1).setCellValue(day);
        row.getCell(1).setCellStyle(dateStyle);
        row.createCell(2).setCellValue(start);
        row.createCell(3).setCellValue(type);
        row.createCell(4).setCellValue(moving);
        row.createCell(5).setCellValue(elapsed);
        row.createCell(6).setCellValue(km);
        row.createCell(7).setCellValue(rpe);
        row.createCell(8).setCellValue(avgHr);
        row.createCell(9).setCellValue(maxHr);
        if (warmUp != null) {
            row.createCell(10).setCellValue(warmUp);
        }
        row.createCell(13).setCellValue(notes);
    }

    private static void wellness(Sheet sheet, int index, CellStyle dateStyle, String member, LocalDate day, double sleep, int quality,
                                 int restingHr, double hrv, int fatigue, int stress, int mood, int soreness) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(member);
        row.createCell(1).setCellValue(day);
        row.getCell(1).setCellStyle(dateStyle);
        row.createCell(2).setCellValue(sleep);
        row.createCell(3).setCellValue(quality);
        row.createCell(4).setCellValue(restingHr);
        row.createCell(5).setCellValue(hrv);
        row.createCell(6).setCellValue(fatigue);
        row.createCell(7).setCellValue(stress);
        row.createCell(8).setCellValue(mood);
        row.createCell(9).setCellValue(soreness);
    }
}
