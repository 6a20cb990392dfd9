package app.loadwise.reporting.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The report's named cell styles, created once per workbook (a workbook holds at most 64,000 styles). */
final class ReportStyles {

    static final String LOAD_FORMAT = "#,##0";
    static final String RATIO_FORMAT = "0.00";
    static final String CHANGE_FORMAT = "+0%;-0%;0%";
    static final String ONE_DECIMAL_FORMAT = "0.0";
    static final String Z_FORMAT = "+0.0;-0.0;0.0";
    static final String PERCENT_FORMAT = "0%";
    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    static final String DIFFERENCE_FORMAT = "+#,##0;-#,##0;0";

    final CellStyle title;
    final CellStyle header;
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle integer;
    final CellStyle load;
    final CellStyle ratio;
    final CellStyle change;
    final CellStyle oneDecimal;
    final CellStyle zScore;
    final CellStyle percent;
    final CellStyle dateTime;
    final CellStyle difference;

    ReportStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();

        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);

        integer = numeric(workbook, formats, "0");
        load = numeric(workbook, formats, LOAD_FORMAT);
        ratio = numeric(workbook, formats, RATIO_FORMAT);
        change = numeric(workbook, formats, CHANGE_FORMAT);
        oneDecimal = numeric(workbook, formats, ONE_DECIMAL_FORMAT);
        zScore = numeric(workbook, formats, Z_FORMAT);
        percent = numeric(workbook, formats, PERCENT_FORMAT);
        dateTime = numeric(workbook, formats, DATE_TIME_FORMAT);
        dateTime.setAlignment(HorizontalAlignment.LEFT);
        difference = numeric(workbook, formats, DIFFERENCE_FORMAT);
    }

    private static CellStyle numeric(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
