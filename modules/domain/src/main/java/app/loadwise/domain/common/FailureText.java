package app.loadwise.domain.common;

/** How a failure is written where people read it: a delivery's last error, an attempt log. */
public final class FailureText {

    private FailureText() {
    }

    /**
     * The failure and its causes, each as its class's simple name and message, joined with ": " and cut off after
     * about 1,500 characters (for example "ConnectException Connection refused").
     */
    public static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(' ').append(t.getMessage().strip());
            }
        }
        return text.toString();
    }
}
