package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.common.InputLimits;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/** What the downloadable templates (training log, roster) put on their sheets: headers with notes, and cell rules. */
public final class TemplateSheets {

    /** Rows below the header that carry the cell rules. */
    public static final int PREPARED_ROWS = 2000;

    private TemplateSheets() {
    }

    /** The header row, each header with its note, frozen above the data; columns at least {@code minWidth} wide. */
    public static void header(Sheet sheet, List<String> headers, List<String> notes, CellStyle style, int minWidth) {
        CreationHelper factory = sheet.getWorkbook().getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row row = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            var cell = row.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(style);
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(column);
            anchor.setCol2(column + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(notes.get(column)));
            comment.setAuthor("Loadwise");
            cell.setCellComment(comment);
            sheet.setColumnWidth(column, Math.max(minWidth, headers.get(column).length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** A list of suggested values for a column; other values are allowed. */
    public static void choices(Sheet sheet, int column, boolean suppressDropDownArrow, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(values);
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, PREPARED_ROWS, column, column));
        validation.setShowErrorBox(false);
        if (suppressDropDownArrow) {
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }

    /** Whole numbers in the range the domain checks, refused with the message otherwise. */
    public static void wholeNumbers(Sheet sheet, int column, InputLimits range, String title, String message) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                range.minText(), range.maxText());
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, PREPARED_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, message);
        sheet.addValidationData(validation);
    }
}
