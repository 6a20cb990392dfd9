package app.loadwise.domain.common;

/** Text cut to fit a column of limited length. */
public final class ColumnText {

    private ColumnText() {
    }

    /** The text, or its first {@code max} characters; null stays null. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** As {@link #clip}, but a text that was cut ends in "…" so a reader sees that it was. */
    public static String clipMarked(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
