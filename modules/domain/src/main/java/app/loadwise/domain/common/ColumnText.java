package app.loadwise.domain.common;

/** Text cut to fit a column of limited length, never between the two halves of a surrogate pair. */
public final class ColumnText {

    private ColumnText() {
    }

    /** The text, or its first {@code max} characters (one fewer when the cut would split a character); null stays null. */
    public static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, cut(text, max));
    }

    /** As {@link #clip}, but a text that was cut ends in "…" so a reader sees that it was. */
    public static String clipMarked(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, cut(text, max - 1)) + "…";
    }

    private static int cut(String text, int at) {
        return at > 0 && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
