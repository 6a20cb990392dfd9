package app.loadwise.domain.common;

/** The request is valid but clashes with the current state (a duplicate key, a non-empty parent). */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
