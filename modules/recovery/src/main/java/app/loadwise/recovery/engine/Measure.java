package app.loadwise.recovery.engine;

/**
 * A named number with its unit, e.g. ("EWMA ACWR", 1.62, "ratio"), ("fatigue from", 5, "/7"), ("resting HR", 58,
 * "bpm"). {@link #text()} writes it in words.
 */
public record Measure(String name, double value, String unit) {

    /**
     * The measure as a reader sees it: "resting HR 58 bpm", "fatigue from 5/7", "EWMA ACWR 1.62" (a ratio or factor
     * needs no unit), "1 day" but "3 days"; at most two decimals.
     */
    public String text() {
        double rounded = Math.round(value * 100) / 100.0;
        String number = rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
        if (unit == null || unit.isBlank() || unit.equals("ratio") || unit.equals("factor")) {
            return name + " " + number;
        }
        if (unit.startsWith("/")) {
            return name + " " + number + unit;
        }
        String u = unit;
        if (rounded == 1 && u.length() > 1 && u.endsWith("s") && Character.isLetter(u.charAt(0))
                && !u.equals("ms")) {
            u = u.substring(0, u.length() - 1);
        }
        return name + " " + number + " " + u;
    }
}
