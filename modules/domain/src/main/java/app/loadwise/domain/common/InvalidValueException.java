package app.loadwise.domain.common;

/** A value that breaks a domain rule, naming the field at fault so callers can point the user at it. */
public class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidValueException(field, message);
        }
    }
}
