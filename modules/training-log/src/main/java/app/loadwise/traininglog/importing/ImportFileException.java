package app.loadwise.traininglog.importing;

import java.util.List;

/**
 * An upload that cannot be imported as a whole: not a spreadsheet, too large, unsafe, or unreadable. Carries the
 * HTTP-style status the client should get and, where rows are at fault, the first of them.
 */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<RowProblem> rows;
    private final String where;

    public ImportFileException(int status, String message) {
        this(status, message, List.of());
    }

    public ImportFileException(int status, String message, List<RowProblem> rows) {
        this(status, message, rows, null);
    }

    private ImportFileException(int status, String message, List<RowProblem> rows, String where) {
        super(message);
        this.status = status;
        this.rows = List.copyOf(rows);
        this.where = where;
    }

    /** The same problem, placed in the file ("sheet 'Sessions', row 912345"); a place already known is kept. */
    public ImportFileException at(String place) {
        if (where != null || place == null) {
            return this;
        }
        ImportFileException placed = new ImportFileException(status, getMessage(), rows, place);
        placed.initCause(getCause());
        placed.setStackTrace(getStackTrace());
        return placed;
    }

    /** Where in the file the problem was found, when known. */
    public String where() {
        return where;
    }

    /** The problem's title as the API answers it. */
    public String title() {
        return switch (status) {
            case 413 -> "File too large";
            case 415 -> "Unsupported file type";
            case 422 -> "File cannot be imported";
            default -> "Unreadable file";
        };
    }

    public static ImportFileException unreadable(String message) {
        return new ImportFileException(400, message);
    }

    public static ImportFileException tooLarge(String message) {
        return new ImportFileException(413, message);
    }

    public static ImportFileException unsupported(String message) {
        return new ImportFileException(415, message);
    }

    public int status() {
        return status;
    }

    public List<RowProblem> rows() {
        return rows;
    }
}
