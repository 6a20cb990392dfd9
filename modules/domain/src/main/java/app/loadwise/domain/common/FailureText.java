package app.loadwise.domain.common;

import java.util.regex.Pattern;

/** How a failure is written where people read it: a delivery's last error, an attempt log, a refused file. */
public final class FailureText {

    /** A Java class name with its package ("java.io.IOException"), with the ": " that follows it in a message. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:class |interface )?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\b(?::\\s*)?");
    /** A path of the server's file system: quoted with a slash in it, or starting at / ./ ../ or a drive letter. */
    private static final Pattern PATH = Pattern.compile(
            "'[^'\\s]*[/\\\\][^']*'|\"[^\"\\s]*[/\\\\][^\"]*\"|(?<![\\w.])(?:\\.{1,2}/|/|[A-Za-z]:\\\\)[^\\s'\",;)\\]]+");

    private FailureText() {
    }

    /**
     * A library's message fit for the caller: Java class names and paths of the server's file system are taken out
     * ("Can't open the specified file: './data/imports/receiving-1.part'" becomes "Can't open the specified file:
     * the file"). The message is meant to say what is wrong with the caller's input; where the server is at fault,
     * answer a message of your own and log the original.
     */
    public static String withoutInternals(String message) {
        if (message == null) {
            return null;
        }
        String text = PATH.matcher(message).replaceAll("the file");
        text = CLASS_NAME.matcher(text).replaceAll("");
        return text.strip();
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
