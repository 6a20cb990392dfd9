package app.loadwise.recovery.engine;

/** Whether a figure could be worked out, and if not, why. Withheld figures are null. */
public enum FigureState {
    /** Worked out. */
    AVAILABLE,
    /** Fewer days of history than the figure needs (28 for ratios); the baseline is still building. */
    BUILDING_BASELINE,
    /** History is long enough, but too many days in the window are unknown. */
    INSUFFICIENT_DATA,
    /** The week is not over yet (provisional assessment). */
    INCOMPLETE_WEEK,
    /** Every value is the same, so a standard deviation of 0 leaves the ratio undefined. */
    NO_VARIATION,
    /** There was no load (or no run) to work with. */
    NO_LOAD,
    /** Nothing to compare with (no run in the reference window). */
    NO_REFERENCE
}
