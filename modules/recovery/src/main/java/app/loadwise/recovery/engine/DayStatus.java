package app.loadwise.recovery.engine;

/** What is known about a day's training. Missing data is not rest. */
public enum DayStatus {
    /** At least one session with a known load. */
    TRAINED,
    /** A rest session was logged, or a wellness entry with no session. */
    REST,
    /** Nothing logged, but within a short gap while the athlete logs regularly: counted as rest (load 0). */
    IMPLIED_REST,
    /** A session was logged without moving time, so the day's load is unknown. */
    LOAD_UNKNOWN,
    /** Nothing logged and not within a short gap: unknown, never counted as rest. */
    UNKNOWN,
    /** After the as-of date: not known yet. */
    NOT_YET;

    /** Whether the day's load is known (trained, rest or implied rest). */
    public boolean loadKnown() {
        return this == TRAINED || this == REST || this == IMPLIED_REST;
    }
}
