package app.loadwise.server.problem;

import java.util.regex.Pattern;

/** Request paths fit for a log: the secret token of a check-in or unsubscribe path is replaced by "…". */
public final class LoggedPaths {

    private static final Pattern TOKEN_IN_PATH = Pattern.compile("(/check-in(?:-unsubscribe)?/)[^/?#]+");

    private LoggedPaths() {
    }

    public static String withoutTokens(String path) {
        return path == null ? null : TOKEN_IN_PATH.matcher(path).replaceAll("$1…");
    }
}
