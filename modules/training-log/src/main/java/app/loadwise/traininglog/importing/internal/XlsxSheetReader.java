package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * Streams the rows of an .xlsx workbook with POI's event API (XSSFReader) and a pull parser over each sheet's
 * XML, so memory stays bounded whatever the row count. Formulas are never evaluated: their cached value is read.
 * The XML parsers refuse DTDs and external entities; POI's zip guard refuses entries that inflate suspiciously.
 */
public final class XlsxSheetReader implements SheetReader {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private enum NumberKind { NUMBER, DATE, DURATION }

    private final int maxColumns;
    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final XSSFReader.SheetIterator sheets;
    private final Map<Integer, NumberKind> kinds = new HashMap<>();
    private InputStream sheetStream;
    private XMLStreamReader xml;
    private String sheetName;
    private int lastRow;
    /** Whether the cell being read holds a formula. */
    private boolean formula;
    /** The only columns read in this sheet, or null for all. */
    private BitSet onlyColumns;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    public XlsxSheetReader(Path file, int maxColumns) {
        this.maxColumns = maxColumns;
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(opened);
            this.strings = new ReadOnlySharedStringsTable(opened, false);
            this.styles = reader.getStylesTable();
            this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            this.pkg = opened;
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException
                 | IllegalArgumentException | UnsupportedOperationException e) {
            if (opened != null) {
                opened.revert();
            }
            throw translate(e);
        }
    }

    @Override
    public boolean nextSheet() {
        closeSheet();
        try {
            if (!sheets.hasNext()) {
                return false;
            }
            sheetStream = sheets.next();
            sheetName = sheets.getSheetName();
            xml = SheetXml.open(sheetStream);
            lastRow = 0;
            onlyColumns = null;
            return true;
        } catch (XMLStreamException | RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public void readOnly(BitSet columns) {
        onlyColumns = columns;
    }

    @Override
    public RawRow nextRow() {
        if (xml == null) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    return readRow();
                }
                SheetXml.refuseDtd(event);
                if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                    return null;
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            throw translate(e);
        }
    }

    private RawRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int number = r != null ? Integer.parseInt(r) : lastRow + 1;
        lastRow = number;
        String[] cells = new String[8];
        int width = 0;
        long typed = 0;
        long formulas = 0;
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                column = ref != null ? columnIndex(ref) : column + 1;
                if (onlyColumns != null && !onlyColumns.get(column)) {
                    skip("c");
                    continue;
                }
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String[] value = readCell(type, style);
                if (value == null) {
                    continue;
                }
                if (column >= maxColumns) {
                    throw ImportFileException.unreadable("sheet '" + sheetName + "' row " + number + " has a value in column "
                            + (column + 1) + "; at most " + maxColumns + " columns are read. Delete the extra columns and upload again.");
                }
                if (column >= cells.length) {
                    cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                }
                cells[column] = value[0];
                width = Math.max(width, column + 1);
                if (value[1] != null && column < RawRow.MAX_TYPED_COLUMNS) {
                    typed |= 1L << column;
                }
                if (value[2] != null && column < RawRow.MAX_TYPED_COLUMNS) {
                    formulas |= 1L << column;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        List<String> list = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            list.add(cells[i]);
        }
        return new RawRow(number, list, typed, formulas);
    }

    /**
     * The cell's text; when the file stored it as a number or date, a non-null marker second; when the cell holds a
     * formula (whose saved value is the text), a non-null marker third. Null for an empty cell.
     */
    private String[] readCell(String type, String style) throws XMLStreamException {
        String[] cell = readCellValue(type, style);
        return cell == null || !formula ? cell : new String[] {cell[0], cell[1], "formula"};
    }

    private String[] readCellValue(String type, String style) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        formula = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("t".equals(name)) {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(xml.getElementText());
                } else if ("rPh".equals(name)) {
                    skip("rPh");
                } else if ("f".equals(name)) {
                    formula = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : new String[] {inline.toString(), null, null};
        }
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (type == null || "n".equals(type)) {
            return new String[] {number(value, style), "typed", null};
        }
        return switch (type) {
            case "s" -> new String[] {strings.getItemAt(Integer.parseInt(value.strip())).getString(), null, null};
            case "b" -> new String[] {"1".equals(value) ? "TRUE" : "FALSE", null, null};
            case "d" -> new String[] {value, "typed", null};
            default -> new String[] {value, null, null};
        };
    }

    private void skip(String element) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && element.equals(xml.getLocalName())) {
                return;
            }
        }
    }

    /** A number as stored, or a date-formatted number as an ISO date, time, date-time or h:mm:ss duration. */
    private String number(String value, String style) {
        NumberKind kind = style == null ? NumberKind.NUMBER : kinds.computeIfAbsent(Integer.parseInt(style), this::kindOf);
        if (kind == NumberKind.NUMBER) {
            return value;
        }
        double serial = Double.parseDouble(value);
        if (kind == NumberKind.DURATION || (serial >= 0 && serial < 1)) {
            long seconds = Math.round(serial * 86_400);
            return clock(seconds);
        }
        if (!DateUtil.isValidExcelDate(serial)) {
            return value;
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, false, true);
        return serial == Math.floor(serial) ? dateTime.toLocalDate().toString() : dateTime.format(DATE_TIME);
    }

    /** h:mm:ss, written by hand: this runs for every time cell of a large file. */
    private static String clock(long seconds) {
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        return new StringBuilder(10).append(seconds / 3600).append(minutes < 10 ? ":0" : ":").append(minutes)
                .append(secs < 10 ? ":0" : ":").append(secs).toString();
    }

    private NumberKind kindOf(int styleIndex) {
        if (styles == null || styleIndex >= styles.getNumCellStyles()) {
            return NumberKind.NUMBER;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
        String format = cellStyle.getDataFormatString();
        if (format == null || !DateUtil.isADateFormat(cellStyle.getDataFormat(), format)) {
            return NumberKind.NUMBER;
        }
        String lower = format.toLowerCase(Locale.ROOT);
        return lower.contains("[h") || lower.contains("[m") ? NumberKind.DURATION : NumberKind.DATE;
    }

    static int columnIndex(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private void closeSheet() {
        try {
            if (xml != null) {
                xml.close();
            }
            if (sheetStream != null) {
                sheetStream.close();
            }
        } catch (XMLStreamException | IOException ignored) {
            // the sheet is read to the end or abandoned; nothing to keep
        }
        xml = null;
        sheetStream = null;
    }

    @Override
    public void close() {
        closeSheet();
        pkg.revert();
    }

    static ImportFileException translate(Throwable e) {
        if (e instanceof ImportFileException known) {
            return known;
        }
        // the answer is in the product's words only: the library's messages name classes and the server's paths
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                return new ImportFileException(413, "the workbook expands to far more data than its size suggests (a zip bomb?); "
                        + "it was not read. Save it again from your spreadsheet program or export it as CSV.");
            }
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity") || m.contains("Entity")) {
                return ImportFileException.unreadable("the workbook contains XML declarations that are not allowed "
                        + "(DTDs or external entities); it was not read. Save it again from your spreadsheet program.");
            }
        }
        if (e instanceof NotOfficeXmlFileException || (e instanceof InvalidFormatException && !truncated(e))) {
            return ImportFileException.unreadable("the file is a zip archive but not an .xlsx workbook (it holds no workbook). "
                    + "Upload the .xlsx file itself, or export the sheet as CSV.");
        }
        if (e instanceof InvalidFormatException || e instanceof POIXMLException
                || e instanceof OpenXML4JException || e instanceof OpenXML4JRuntimeException || e instanceof IOException
                || e instanceof UncheckedIOException || e instanceof IllegalArgumentException
                || e instanceof UnsupportedOperationException) {
            return ImportFileException.unreadable("the file is not a readable .xlsx workbook: it may be truncated (an upload "
                    + "or a copy that stopped early) or damaged. Save it again and upload, or export it as CSV.");
        }
        if (e instanceof XMLStreamException) {
            return ImportFileException.unreadable("a sheet of the workbook is damaged (its contents cannot be read to the end). "
                    + "Save it again from your spreadsheet program or export it as CSV.");
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(e);
    }

    /** Whether the library found the zip cut short (rather than whole but holding no workbook). */
    private static boolean truncated(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("truncated") || m.contains("end header") || m.contains("unexpected end") || m.contains("eof")
                    || m.contains("zip file is empty") || m.contains("invalid") || m.contains("corrupt")) {
                return true;
            }
        }
        return false;
    }
}
