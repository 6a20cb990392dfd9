package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.RowProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Walks an upload row by row: opens it by its kind, finds each sheet's header row and format, and hands out every
 * data row interpreted. Sheets without a recognisable header are passed over; those holding anything but the
 * template's own Instructions and Plan sheets are named in {@link #sheetsNotRead()}, so no sheet goes unmentioned.
 */
public final class UploadScanner implements AutoCloseable {

    /**
     * One interpreted data row and the sheet it came from; {@code notes} say what is worth knowing about how it was
     * read (a formula's saved value used, text that looks like a formula kept as text, a totals row skipped). The
     * layout gains the notes on its date columns' order once a row needed that order.
     */
    public record Scanned(String sheet, SheetLayout layout, RowOutcome outcome, List<String> notes) {
    }

    /** The layout {@link #noteColumns} were worked out for, its columns read in column order, and which hold text. */
    private SheetLayout notedLayout;
    private int[] noteColumns;
    private boolean[] noteText;

    /** The columns whose text is stored as written: text there that starts like a formula is noted. */
    private static final Set<ImportField> TEXT_FIELDS = EnumSet.of(ImportField.NOTES, ImportField.PAIN, ImportField.PAIN_NOTE,
            ImportField.ATHLETE_NAME, ImportField.TYPE);

    /**
     * How to read: the club's conventions and the limits; {@code today} is the club's date, later dates are refused
     * (null: not checked).
     */
    public record Settings(Locale locale, ZoneId zone, boolean athleteFromUpload, int maxColumns, long maxRows,
                           LocalDate today) {
    }

    private final SheetReader reader;
    private final FormatDetector detector;
    private final Settings settings;
    private final ValueParser values;
    private final FileKind kind;
    private final List<SheetLayout> layouts = new ArrayList<>();
    private final List<String> skippedSheets = new ArrayList<>();
    /** Read by the thread that takes the rows once the reading thread has reached the end. */
    private final List<String> sheetsNotRead = new CopyOnWriteArrayList<>();
    private RowInterpreter interpreter;
    /** The layout the current sheet's rows are handed out with. */
    private SheetLayout sheetLayout;
    private boolean sheetOpen;
    private boolean finished;
    private long dataRows;
    private int lastRow;
    /** A new reader of the same rows, for the pass that decides each date column's order. */
    private final Supplier<SheetReader> again;
    /**
     * The order of day and month of each date column, from a pass over the whole file made when the first row needs
     * it (a numeric date such as 03/04/2026); null until then. A file whose dates are all typed, ISO or in words is
     * read once.
     */
    private DateOrders dateOrders;
    private int sheetIndex = -1;

    public UploadScanner(Path file, FormatDetector detector, Settings settings) {
        this.detector = detector;
        this.settings = settings;
        this.kind = FileKind.sniff(file);
        this.again = () -> kind == FileKind.XLSX ? new XlsxSheetReader(file, settings.maxColumns())
                : new CsvSheetReader(file, settings.maxColumns());
        if (kind == FileKind.XLSX) {
            this.reader = new XlsxSheetReader(file, settings.maxColumns());
            this.values = new ValueParser(settings.locale(), null);
        } else {
            CsvSheetReader csv = new CsvSheetReader(file, settings.maxColumns());
            this.reader = csv;
            this.values = new ValueParser(settings.locale(), csv.decimalSeparator());
        }
    }

    /**
     * Walks rows built in memory (a bulk call's items) as the one sheet of a CSV file: numbers written with a decimal
     * point, dates as ISO, so the club's locale changes nothing.
     */
    public UploadScanner(List<RawRow> rows, FormatDetector detector, Settings settings) {
        this.detector = detector;
        this.settings = settings;
        this.kind = FileKind.CSV;
        this.again = () -> new RowListReader(rows);
        this.reader = again.get();
        this.values = new ValueParser(settings.locale(), '.');
    }

    /**
     * Reads without the pass that decides each date column's order (every column follows the club): for a quick
     * look at the top of a file.
     */
    public UploadScanner withoutDateOrderPass() {
        dateOrders = DateOrders.none();
        return this;
    }

    /**
     * Reads with the order of day and month of each date column already decided (by the check of the same file),
     * without a pass of its own.
     */
    public UploadScanner withDateOrders(DateOrders decided) {
        dateOrders = decided;
        return this;
    }

    /** The layouts of the sheets found so far, in file order. */
    public List<SheetLayout> layouts() {
        return List.copyOf(layouts);
    }

    /**
     * The sheets passed over so far that hold something but no header row Loadwise can read, in file order: blank
     * sheets and the template's own Instructions and Plan sheets (read by the plan upload) are left out.
     */
    public List<String> sheetsNotRead() {
        return List.copyOf(sheetsNotRead);
    }

    /** What the import says of a sheet it did not read. */
    public static String notReadMessage(String sheet) {
        return "Sheet '" + sheet + "' was not read: no header row with a date and an athlete column found in its first "
                + FormatDetector.HEADER_SEARCH_ROWS + " rows. If its rows should be imported, give it a header row "
                + "(e.g. Member ID, Date, Type, Moving (min)) or save a mapping for its columns";
    }

    private static boolean templateSheet(String sheet) {
        return sheet.strip().equalsIgnoreCase(TemplateLayout.INSTRUCTIONS_SHEET) || sheet.strip().equalsIgnoreCase(TemplateLayout.PLAN_SHEET);
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
                sheetIndex++;
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
            return new Scanned(interpreter.sheet(), sheetLayout, outcome, notes(row, interpreter.layout(), interpreter.sheet(), outcome));
        }
        if (layouts.isEmpty()) {
            throw new ImportFileException(422, "no header row was found in the first " + FormatDetector.HEADER_SEARCH_ROWS
                    + " rows" + (skippedSheets.size() > 1 ? " of any sheet" : "") + ". The first row of the table should name "
                    + "the columns, e.g. Member ID, Date, Type, Moving (min), RPE — or download the template.");
        }
        return null;
    }

    /** The order of day and month of each date column, deciding them now if no row needed them yet. */
    private DateOrders decidedDateOrders() {
        if (dateOrders == null) {
            dateOrders = DateOrders.scan(again, detector);
        }
        return dateOrders;
    }

    /** The orders of the file's date columns if a row needed them (or they were given); null when none did. */
    public DateOrders dateOrdersIfDecided() {
        return dateOrders;
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
                if (!fromUpload && !layout.has(ImportField.MEMBER_ID) && !layout.has(ImportField.ATHLETE_NAME)) {
                    throw new ImportFileException(422, (sheet != null ? "sheet '" + sheet + "': " : "")
                            + "no column names the athlete. Add a 'Member ID' (or 'Name') column, or choose the athlete "
                            + "when uploading (a file of one athlete).");
                }
                for (Map.Entry<ImportField, HeaderScale> stated : RowInterpreter.statedScales(layout).entrySet()) {
                    layout = layout.withNote(scaleNote(layout.header(stated.getKey()), (sheet != null ? "sheet '" + sheet + "', " : "")
                            + columnText(layout, stated.getKey(), sheet), stated.getValue()));
                }
                layouts.set(layouts.size() - 1, layout);
                sheetLayout = layout;
                return new RowInterpreter(layout, sheet, values, settings.zone(), fromUpload, settings.today(),
                        new SheetDateOrders(sheetIndex, layouts.size() - 1, sheet));
            }
        }
        skippedSheets.add(sheet == null ? "" : sheet);
        if (sheet != null && looked > 0 && !templateSheet(sheet)) {
            sheetsNotRead.add(sheet);
        }
        return null;
    }

    /**
     * The notes on a row: the skipped row's reason; each used cell holding a formula (its value as last saved is read);
     * each text cell starting with =, +, - or @ (kept as text, never run as a formula).
     */
    List<String> notes(RawRow row, SheetLayout layout, String sheet, RowOutcome outcome) {
        if (outcome instanceof RowOutcome.Ignored ignored) {
            return ignored.note() == null ? List.of() : List.of(ignored.note());
        }
        if (outcome instanceof RowOutcome.Invalid) {
            return List.of();
        }
        if (layout != notedLayout) {
            // once per sheet: the columns read, in column order, and which of them hold text
            TreeMap<Integer, ImportField> used = new TreeMap<>();
            layout.columns().forEach((field, column) -> used.put(column, field));
            noteColumns = used.keySet().stream().mapToInt(Integer::intValue).toArray();
            noteText = new boolean[noteColumns.length];
            for (int i = 0; i < noteColumns.length; i++) {
                noteText[i] = TEXT_FIELDS.contains(used.get(noteColumns[i]));
            }
            notedLayout = layout;
        }
        List<String> notes = List.of();
        for (int i = 0; i < noteColumns.length; i++) {
            int column = noteColumns[i];
            String cell = row.cell(column);
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            boolean formula = row.formula(column);
            if (!formula && !(noteText[i] && startsLikeFormula(cell))) {
                continue;
            }
            String where = RowProblem.columnText(
                    RowProblem.columnRef(sheet, column),
                    column < layout.headers().size() ? layout.headers().get(column) : "");
            String note;
            if (formula) {
                String shown = row.typed(column) && cell.endsWith(".0") ? cell.substring(0, cell.length() - 2) : cell;
                note = where + " holds a formula: its value as the file was last saved, '" + shown + "', is read (formulas are never run)";
            } else {
                note = where + " starts with '" + cell.strip().charAt(0) + "': it is kept as plain text, never run as a formula "
                        + "(exports put an apostrophe before it so spreadsheet programs show it as text)";
            }
            if (notes.isEmpty()) {
                notes = new ArrayList<>(2);
            }
            notes.add(note);
        }
        return notes;
    }

    /** Text starting with =, +, - or @ (after spaces), other than a lone "-" or "--" (a missing value). */
    private static boolean startsLikeFormula(String cell) {
        int i = 0;
        while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        char first = cell.charAt(i);
        if (first != '=' && first != '+' && first != '-' && first != '@') {
            return false;
        }
        String text = cell.strip();
        return text.length() >= 2 && !text.chars().allMatch(c -> c == '-');
    }

    /** "column D 'Date'" (xlsx) or "column 4 'Date'" (CSV). */
    private static String columnText(SheetLayout layout, ImportField field, String sheet) {
        return RowProblem.columnText(layout.columnRef(field, sheet), layout.header(field));
    }

    /**
     * The order of each date column of one sheet, decided when a row first needs it; the sheet's layout then gains
     * a note for each column read in the other order than the club's, said once on its header row.
     */
    private final class SheetDateOrders implements RowInterpreter.ColumnOrders {

        private final int sheet;
        private final int layoutIndex;
        private final String sheetName;
        private Map<ImportField, DateOrders.ColumnOrder> decided;

        SheetDateOrders(int sheet, int layoutIndex, String sheetName) {
            this.sheet = sheet;
            this.layoutIndex = layoutIndex;
            this.sheetName = sheetName;
        }

        @Override
        public DateOrders.ColumnOrder of(ImportField field) {
            if (decided == null) {
                decide();
            }
            return decided.getOrDefault(field, DateOrders.ColumnOrder.LOCALE);
        }

        private void decide() {
            DateOrders orders = decidedDateOrders();
            SheetLayout layout = layouts.get(layoutIndex);
            Map<ImportField, DateOrders.ColumnOrder> columns = new EnumMap<>(ImportField.class);
            for (ImportField field : List.of(ImportField.DATE, ImportField.TIMESTAMP)) {
                if (layout.has(field)) {
                    DateOrders.ColumnOrder order = orders.of(sheet, layout.column(field));
                    columns.put(field, order);
                    String note = dateOrderNote(columnText(layout, field, sheetName), order);
                    if (note != null) {
                        layout = layout.withNote(note);
                    }
                }
            }
            decided = columns;
            layouts.set(layoutIndex, layout);
            sheetLayout = layout;
        }
    }

    /** The warning for a date column read in the other order than the club's, once per column; null when none is due. */
    private String dateOrderNote(String column, DateOrders.ColumnOrder order) {
        Boolean dayFirst = order.dayFirst();
        if (dayFirst == null || dayFirst == values.dayFirst()) {
            return null;
        }
        String example = dayFirst ? order.dayFirstExample() : order.monthFirstExample();
        String rows = dayFirst ? order.dayFirstRowsText() : order.monthFirstRowsText();
        return column + " is read " + (dayFirst ? "day first (DD/MM/YYYY)" : "month first (MM/DD/YYYY)")
                + " in every row, though this club writes dates " + (values.dayFirst() ? "day first" : "month first") + ": '"
                + example + "' (" + rows + ") can only be read that way and no date of the column only the other way. "
                + "Check that dates such as 03/04 are meant " + (dayFirst ? "as 3 April" : "as 4 March")
                + ", or write the dates as YYYY-MM-DD";
    }

    /**
     * What a sheet's stated scale calls for saying: how the column is read; or, when neither its header nor a saved
     * mapping says which end is the worst, that it needs that answer (its values are errors until then).
     */
    private static String scaleNote(String header, String column, HeaderScale scale) {
        if (scale.needsDirection()) {
            return column + " states the scale " + scale.range() + " but not which end is the worst, so its values are not "
                    + "read and the import cannot be committed until that is answered: save a mapping for this header row "
                    + "that maps the column with " + scale.choices() + ", or say it in the header, e.g. '"
                    + HeaderScale.withoutScale(HeaderUnits.withoutUnit(header)) + " (" + scale.min() + "=poor, " + scale.max() + "=great)'";
        }
        return column + " is read on its stated scale " + scale.range() + " with " + (scale.direction()
                == HeaderScale.Direction.HIGH_IS_BETTER ? scale.max() + " as the best" : scale.max() + " as the worst")
                + ", converted onto 1–7 with 7 the worst (docs/import.md)";
    }

    @Override
    public void close() {
        reader.close();
    }
}
