package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.domain.training.SessionType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable Loadwise template: a Sessions sheet and a Wellness sheet whose headers the import recognises,
 * with a comment on every header, drop-downs and range checks, and an Instructions sheet.
 */
public final class TemplateWorkbook {

    /** Rows prepared with drop-downs and checks. */

    private static final List<String> SESSION_COMMENTS = List.of(
            "The athlete's member id in the club, exactly as enrolled.",
            "Local date of the session: DD.MM.YYYY, MM/DD/YYYY (as your club writes dates) or YYYY-MM-DD.",
            "Start time, HH:MM (optional; it tells two sessions of one day apart).",
            "Session type: pick from the list. Words such as reps, long run, gym or jog are understood too.",
            "Moving time in minutes (52) or h:mm:ss (0:52:00). Required except for rest days.",
            "Elapsed time including stops, minutes or h:mm:ss (optional).",
            "Distance in km (optional). For miles write e.g. 6.2 mi.",
            "Session RPE on Borg's CR-10 scale: 0 rest … 10 maximal.",
            "Average heart rate, bpm (optional).",
            "Maximum heart rate, bpm (optional).",
            "Warm-up minutes before hard work (optional).",
            "Where it hurt, if anywhere (optional).",
            "Pain 0 (none) to 10 (worst) (optional).",
            "Free text (optional). Text starting with = + - @ is kept as text, never run as a formula.");

    private static final List<String> WELLNESS_COMMENTS = List.of(
            "The athlete's member id in the club.",
            "Local date of the morning check-in.",
            "Hours slept last night, 0–16 (7.5 or 7:30).",
            "Sleep quality 1 (very good) to 7 (very bad).",
            "Morning resting heart rate, bpm.",
            "HRV as rMSSD in milliseconds.",
            "Fatigue 1 (fresh) to 7 (exhausted).",
            "Stress 1 (none) to 7 (extreme).",
            "Mood 1 (great) to 7 (very low).",
            "Muscle soreness 1 (none) to 7 (very sore).",
            "Anything that hurts (optional).");

    private static final List<String> PLAN_COMMENTS = List.of(
            "The athlete's member id, as on the roster.",
            "The day the session is planned (YYYY-MM-DD).",
            "Session type: " + SessionType.codes() + ".",
            "Planned moving time in minutes (empty for a rest day).",
            "Intended effort on the CR-10 scale, 0 to 10.",
            "Planned distance in km (optional).",
            "A note for the athlete (optional).");

    private TemplateWorkbook() {
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sessions = workbook.createSheet(TemplateLayout.SESSIONS_SHEET);
            TemplateSheets.header(sessions, TemplateLayout.SESSION_HEADERS, SESSION_COMMENTS, styles.header, 12);
            TemplateSheets.choices(sessions, 3, true, Arrays.stream(SessionType.values()).map(SessionType::code).toArray(String[]::new));
            TemplateSheets.wholeNumbers(sessions, 7, InputLimits.RPE, "RPE", "RPE is a whole number from " + InputLimits.RPE.minText() + " to "
                    + InputLimits.RPE.maxText() + ".");
            TemplateSheets.wholeNumbers(sessions, 8, InputLimits.SESSION_HEART_RATE, "Avg HR", "Heart rate " + InputLimits.SESSION_HEART_RATE.between() + ".");
            TemplateSheets.wholeNumbers(sessions, 9, InputLimits.SESSION_HEART_RATE, "Max HR", "Heart rate " + InputLimits.SESSION_HEART_RATE.between() + ".");
            TemplateSheets.wholeNumbers(sessions, 12, InputLimits.PAIN_SCALE, "Pain score", "Pain is a whole number from " + InputLimits.PAIN_SCALE.minText()
                    + " to " + InputLimits.PAIN_SCALE.maxText() + ".");
            dates(sessions, styles);
            Sheet wellness = workbook.createSheet(TemplateLayout.WELLNESS_SHEET);
            TemplateSheets.header(wellness, TemplateLayout.WELLNESS_HEADERS, WELLNESS_COMMENTS, styles.header, 12);
            for (int column = 6; column <= 9; column++) {
                TemplateSheets.wholeNumbers(wellness, column, InputLimits.HOOPER_SCALE, TemplateLayout.WELLNESS_HEADERS.get(column), HOOPER_MESSAGE);
            }
            TemplateSheets.wholeNumbers(wellness, 3, InputLimits.HOOPER_SCALE, "Sleep quality", HOOPER_MESSAGE);
            TemplateSheets.wholeNumbers(wellness, 4, InputLimits.MORNING_RESTING_HEART_RATE, "Resting HR", "Morning resting HR "
                    + InputLimits.MORNING_RESTING_HEART_RATE.between() + ".");
            dates(wellness, styles);
            Sheet plan = workbook.createSheet(TemplateLayout.PLAN_SHEET);
            TemplateSheets.header(plan, TemplateLayout.PLAN_HEADERS, PLAN_COMMENTS, styles.header, 12);
            TemplateSheets.choices(plan, 2, true, Arrays.stream(SessionType.values()).map(SessionType::code).toArray(String[]::new));
            TemplateSheets.wholeNumbers(plan, 4, InputLimits.RPE, "Intended RPE", "Intended RPE is a whole number from " + InputLimits.RPE.minText()
                    + " to " + InputLimits.RPE.maxText() + ".");
            dates(plan, styles);
            instructions(workbook.createSheet(TemplateLayout.INSTRUCTIONS_SHEET), styles);
            workbook.write(out);
        }
    }

    /** The workbook's named styles, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle title;
        final CellStyle text;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            text = workbook.createCellStyle();
            text.setWrapText(true);
        }
    }

    private static void dates(Sheet sheet, Styles styles) {
        sheet.setDefaultColumnStyle(1, styles.date);
    }

    private static final String HOOPER_MESSAGE = "A score from " + InputLimits.HOOPER_SCALE.minText() + " (best) to "
            + InputLimits.HOOPER_SCALE.maxText() + " (worst).";

    private static void instructions(Sheet sheet, Styles styles) {
        String[] lines = {
            "How to fill in this template",
            "",
            "1. Sessions: one row per training session. Member ID, Date, Type and Moving (min) are required (Moving may be empty for rest days).",
            "2. Wellness: one row per athlete and morning. Scores run from 1 (best) to 7 (worst).",
            "3. Dates: YYYY-MM-DD, or as your club writes them (DD.MM.YYYY, MM/DD/YYYY). Durations: minutes or h:mm:ss.",
            "4. Session types: " + SessionType.codes() + ".",
            "   The import also understands words such as reps, track 6x800, VO2, hill sprints, long run, LSD, gym, jog.",
            "5. Leave rows empty rather than deleting the headers. Totals rows and empty rows are ignored.",
            "6. Upload the file: the import first checks every row and lists what is wrong (sheet, row, column, value, how to fix).",
            "   Nothing is stored until you commit. Importing the same file twice adds nothing; an import can be undone.",
            "7. Plan: next week's planned sessions, one row each. The session import leaves this sheet alone; upload the file as a plan"
                    + " (POST /api/v1/clubs/{clubId}/plan-imports): each athlete's weeks in the sheet are replaced.",
            "",
            "Example session row: LS-001 | 2026-03-02 | 18:30 | intervals | 52 | 58 | 10.2 | 8 | 162 | 184 | 15 | | | 6x800 on the track",
            "Example wellness row: LS-001 | 2026-03-03 | 7.5 | 3 | 48 | 71 | 3 | 2 | 2 | 3 |"
        };
        for (int i = 0; i < lines.length; i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            cell.setCellStyle(i == 0 ? styles.title : styles.text);
        }
        sheet.setColumnWidth(0, 140 * 256);
    }
}
