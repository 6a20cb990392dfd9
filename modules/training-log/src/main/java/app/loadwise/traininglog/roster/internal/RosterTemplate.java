package app.loadwise.traininglog.roster.internal;

import app.loadwise.domain.common.InputLimits;
import app.loadwise.traininglog.importing.internal.TemplateSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable roster template: a Roster sheet whose headers the roster import recognises, with a comment on
 * every header, drop-downs and range checks, and an Instructions sheet.
 */
public final class RosterTemplate {

    public static final String ROSTER_SHEET = "Roster";
    public static final String INSTRUCTIONS_SHEET = "Instructions";
    /** The template's columns, in order. */
    public static final List<RosterColumn> COLUMNS = List.of(RosterColumn.MEMBER_ID, RosterColumn.NAME, RosterColumn.SEX,
            RosterColumn.BIRTH_YEAR, RosterColumn.LEVEL, RosterColumn.MAX_HR, RosterColumn.RESTING_HR, RosterColumn.TIME_ZONE);

    /** Rows prepared with drop-downs and checks. */

    private static final List<String> COMMENTS = List.of(
            "The athlete's member id in the club (required). A row whose member id the club has updates that athlete; "
                    + "any other row enrols a new athlete.",
            "Full name (required for a new athlete).",
            "female, male or unspecified (f, m, x are understood too).",
            "Year of birth, 1900-2100 (optional). A column of birth dates works too: only the year is kept.",
            "beginner, intermediate or advanced (required for a new athlete).",
            "Maximum heart rate, 100-250 bpm (optional).",
            "Morning resting heart rate, 25-120 bpm, below max HR (optional).",
            "IANA time zone such as Europe/Berlin (optional; empty means the club's).");

    private RosterTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet roster = workbook.createSheet(ROSTER_SHEET);
            header(roster, styles);
            roster.setDefaultColumnStyle(0, styles.text);
            TemplateSheets.choices(roster, 2, false, "female", "male", "unspecified");
            TemplateSheets.choices(roster, 4, false, "beginner", "intermediate", "advanced");
            TemplateSheets.wholeNumbers(roster, 3, InputLimits.BIRTH_YEAR, "Birth year", "A year from " + InputLimits.BIRTH_YEAR.minText()
                    + " to " + InputLimits.BIRTH_YEAR.maxText() + ".");
            TemplateSheets.wholeNumbers(roster, 5, InputLimits.ATHLETE_MAX_HEART_RATE, "Max HR",
                    "Max HR " + InputLimits.ATHLETE_MAX_HEART_RATE.between() + ".");
            TemplateSheets.wholeNumbers(roster, 6, InputLimits.ATHLETE_RESTING_HEART_RATE, "Resting HR",
                    "Resting HR " + InputLimits.ATHLETE_RESTING_HEART_RATE.between() + ".");
            instructions(workbook.createSheet(INSTRUCTIONS_SHEET), styles);
            workbook.write(out);
        }
    }

    /** The workbook's named styles, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle wrapped;
        final CellStyle text;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            // member ids such as 0042 stay text
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("@"));
        }
    }

    private static void header(Sheet sheet, Styles styles) {
        TemplateSheets.header(sheet, COLUMNS.stream().map(RosterColumn::header).toList(), COMMENTS, styles.header, 14);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(7, 20 * 256);
    }

    private static void instructions(Sheet sheet, Styles styles) {
        String[] lines = {
            "Loadwise roster template",
            "",
            "One row per athlete. Upload the file on the Import page (Roster) or with POST /api/v1/clubs/{clubId}/roster-imports.",
            "Every row is checked first (a dry run) and nothing is written until you commit; with any error nothing is written.",
            "Rows are matched to the club's athletes by member id: a known member id updates that athlete, any other enrols a new one.",
            "Only the columns in the file change an athlete, and an empty cell keeps the stored value.",
            "Athletes of the club that are not in the file are left as they are.",
            "A member id may appear on one row only.",
            "Columns may be in any order and are found by their header (Gender for Sex, Year of birth or Date of birth for Birth year).",
        };
        for (int i = 0; i < lines.length; i++) {
            var cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            cell.setCellStyle(i == 0 ? styles.title : styles.wrapped);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }
}
