package app.loadwise.server.problem;

import java.util.List;

/** An RFC 9457 problem detail; {@code errors} names each field or row at fault. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One input error: the field (or parameter) and what is wrong with it; for a row of an uploaded file also the
     * sheet, the row number as the user sees it, the column header, the value and how to fix it.
     */
    public record FieldError(String field, String message, String sheet, Integer row, String column, String value, String fix) {

        public FieldError(String field, String message) {
            this(field, message, null, null, null, null, null);
        }
    }

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem("about:blank", "Invalid input", 400, detail, errors);
    }
}
