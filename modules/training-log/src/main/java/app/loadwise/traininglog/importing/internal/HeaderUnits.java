package app.loadwise.traininglog.importing.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the unit a header names in brackets: "Distance (mi)", "Duration [min]", "Sleep (h)". */
public final class HeaderUnits {

    private static final Pattern UNIT = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");

    private HeaderUnits() {
    }

    public static String withoutUnit(String header) {
        return UNIT.matcher(header).replaceAll(" ").strip();
    }

    /** The unit in brackets, normalized to km, mi, m, min, h or s; null when none or unknown. */
    public static String unit(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = UNIT.matcher(header);
        while (m.find()) {
            String unit = unitOf(m.group(1));
            if (unit != null) {
                return unit;
            }
        }
        String lower = header.toLowerCase(Locale.ROOT).strip();
        if (lower.equals("miles") || lower.equals("mileage")) {
            return "mi";
        }
        if (lower.equals("km") || lower.startsWith("kilomet")) {
            return "km";
        }
        if (lower.equals("minutes") || lower.equals("mins")) {
            return "min";
        }
        if (lower.equals("sleepsecs") || lower.equals("sleep seconds")) {
            return "s";
        }
        return null;
    }

    static String unitOf(String text) {
        String u = text.toLowerCase(Locale.ROOT).replace(".", "").strip();
        return switch (u) {
            case "km", "kms", "kilometres", "kilometers" -> "km";
            case "mi", "mile", "miles" -> "mi";
            case "m", "metres", "meters" -> "m";
            case "min", "mins", "minutes", "minute" -> "min";
            case "h", "hr", "hrs", "hours", "hour", "std" -> "h";
            case "s", "sec", "secs", "seconds" -> "s";
            case "hh:mm:ss", "h:mm:ss", "hh:mm" -> "hms";
            default -> null;
        };
    }
}
