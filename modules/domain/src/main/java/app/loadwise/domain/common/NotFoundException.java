package app.loadwise.domain.common;

/** Thrown when an id names nothing the caller may see. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
