package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks an upload row by row: opens it by its kind, finds each sheet's header row and format, and hands out every
 * data row interpreted. Sheets without a recognisable header (an instructions sheet) are passed over.
 */
public final class UploadScanner implements AutoCloseable {

    /** One interpreted data row and the sheet it came from. */
    public record Scanned(String sheet, SheetLayout layout, RowOutcome outcome) {
    }

    /** How to read: the club's conventions and the limits. */
    public record Settings(Locale locale, ZoneId zone, boolean athleteFromUpload, int maxColumns, long maxRows) {
    }

    private final SheetReader reader;
    private final FormatDetector detector;
    private final Settings settings;
    private final ValueParser values;
    private final FileKind kind;
    private final List<SheetLayout> layouts = new ArrayList<>();
    private final List<String> skippedSheets = new ArrayList<>();
    private RowInterpreter interpreter;
    private boolean sheetOpen;
    private boolean finished;
    private long dataRows;
    private int lastRow;

    public UploadScanner(Path file, FormatDetector detector, Settings settings) {
        this.detector = detector;
        this.settings = settings;
        this.kind = FileKind.sniff(file);
        if (kind == FileKind.XLSX) {
            this.reader = new XlsxSheetReader(file, settings.maxColumns());
            this.values = new ValueParser(settings.locale(), null);
        } else {
            CsvSheetReader csv = new CsvSheetReader(file, settings.maxColumns());
            this.reader = csv;
            this.values = new ValueParser(settings.locale(), csv.decimalSeparator());
        }
    }

    public FileKind kind() {
        return kind;
    }

    /** The layouts of the sheets found so far, in file order. */
    public List<SheetLayout> layouts() {
        return List.copyOf(layouts);
    }

    public List<String> skippedSheets() {
        return List.copyOf(skippedSheets);
    }

    /**
     * The next data row, or null at the end of the file. A fault found on the way (a row too wide, a damaged
     * part, too many rows) is thrown placed in the file: the sheet and the row.
     */
    public Scanned next() {
        try {
            return advance();
        } catch (ImportFileException e) {
            throw e.at(place());
        }
    }

    private String place() {
        if (finished || (lastRow == 0 && !sheetOpen)) {
            return null;
        }
        String sheet = reader.sheetName();
        return (sheet != null ? "sheet '" + sheet + "', " : "") + "after row " + lastRow;
    }

    private Scanned advance() {
        while (!finished) {
            if (!sheetOpen) {
                if (!reader.nextSheet()) {
                    finished = true;
                    break;
                }
                sheetOpen = true;
                lastRow = 0;
                interpreter = findHeader();
                if (interpreter == null) {
                    sheetOpen = false;
                    continue;
                }
            }
            RawRow row = reader.nextRow();
            if (row == null) {
                sheetOpen = false;
                continue;
            }
            lastRow = row.number();
            RowOutcome outcome = interpreter.interpret(row);
            if (!(outcome instanceof RowOutcome.Ignored) && ++dataRows > settings.maxRows()) {
                String sheet = interpreter.sheet();
                throw ImportFileException.tooLarge("the file has more than " + settings.maxRows()
                        + " data rows; split it into smaller files.").at((sheet != null ? "sheet '" + sheet + "', " : "") + "row " + row.number());
            }
            return new Scanned(interpreter.sheet(), interpreter.layout(), outcome);
        }
        if (layouts.isEmpty()) {
            throw new ImportFileException(422, "no header row was found in the first " + FormatDetector.HEADER_SEARCH_ROWS
                    + " rows" + (skippedSheets.size() > 1 ? " of any sheet" : "") + ". The first row of the table should name "
                    + "the columns, e.g. Member ID, Date, Type, Moving (min), RPE — or download the template.");
        }
        return null;
    }

    private RowInterpreter findHeader() {
        String sheet = reader.sheetName();
        int looked = 0;
        RawRow row;
        while (looked < FormatDetector.HEADER_SEARCH_ROWS && (row = reader.nextRow()) != null) {
            lastRow = row.number();
            if (row.isBlank()) {
                continue;
            }
            looked++;
            SheetLayout layout = detector.detect(sheet, row);
            if (layout != null) {
                layouts.add(layout);
                boolean fromUpload = settings.athleteFromUpload() || layout.singleAthlete();
                if (!fromUpload && !layout.has(Field.MEMBER_ID) && !layout.has(Field.ATHLETE_NAME)) {
                    throw new ImportFileException(422, (sheet != null ? "sheet '" + sheet + "': " : "")
                            + "no column names the athlete. Add a 'Member ID' (or 'Name') column, or choose the athlete "
                            + "when uploading (a file of one athlete).");
                }
                return new RowInterpreter(layout, sheet, values, settings.zone(), fromUpload);
            }
        }
        skippedSheets.add(sheet == null ? "" : sheet);
        return null;
    }

    @Override
    public void close() {
        reader.close();
    }
}
