package app.loadwise.traininglog.importing.internal;

/** A cell value that cannot be read: what is wrong and how to fix it. */
public class ValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fix;

    public ValueException(String problem, String fix) {
        super(problem, null, false, false);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
