package app.loadwise.domain.common;

/**
 * What text the application accepts: any Unicode text except control characters (tab, line feed and carriage return
 * apart) and halves of surrogate pairs. PostgreSQL refuses a NUL character in any text and stores half a surrogate
 * pair as "?", so such text is refused where it comes in, the same on every database.
 */
public final class PlainText {

    private PlainText() {
    }

    /** The index of the first character that is not accepted in text, or -1 when there is none (or no text). */
    public static int refusedAt(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || isRefusedControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the text holds nothing that is refused. */
    public static boolean accepted(CharSequence text) {
        return refusedAt(text) < 0;
    }

    /**
     * Why the text is refused, starting with {@code what} (e.g. "name"), or null when it is accepted: which character,
     * as U+XXXX, at which position (counted from 1).
     */
    public static String problem(String what, CharSequence text) {
        int at = refusedAt(text);
        if (at < 0) {
            return null;
        }
        char c = text.charAt(at);
        String code = String.format("U+%04X", (int) c);
        if (Character.isSurrogate(c)) {
            return what + " contains half of a surrogate pair (" + code + " at position " + (at + 1)
                    + "); send whole characters in UTF-8";
        }
        return what + " must not contain control characters (" + code + " at position " + (at + 1)
                + "); only tab and line breaks are allowed";
    }

    /**
     * The text with every refused character replaced by U+FFFD, for writing text from elsewhere (a file's cell, an
     * error message) where it is only shown, never refused.
     */
    public static String replaceRefused(String text) {
        if (accepted(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || isRefusedControl(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isRefusedControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }
}
