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

    public ImportFileException(int status, String message) {
        this(status, message, List.of());
    }

    public ImportFileException(int status, String message, List<RowProblem> rows) {
        super(message);
        this.status = status;
        this.rows = List.copyOf(rows);
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
