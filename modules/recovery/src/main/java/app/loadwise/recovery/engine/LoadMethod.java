package app.loadwise.recovery.engine;

/** How a session's load was worked out, in order of preference. */
public enum LoadMethod {
    /** RPE (CR-10) x moving minutes (Foster 2001). */
    SESSION_RPE,
    /** Banister TRIMP from average, resting and maximum heart rate, scaled to session-RPE units. */
    TRIMP,
    /** Moving minutes x a typical RPE for the session type. */
    TYPE_DEFAULT,
    /** No moving time recorded, so the load is unknown (elapsed time never stands in for it). */
    UNKNOWN
}
