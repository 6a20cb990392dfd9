package app.loadwise.recovery.engine;

/** A named number with its unit, e.g. ("EWMA ACWR", 1.62, "ratio"). */
public record Measure(String name, double value, String unit) {
}
