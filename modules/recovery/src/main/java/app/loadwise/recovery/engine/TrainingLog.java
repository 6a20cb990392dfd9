package app.loadwise.recovery.engine;

import java.util.List;

/**
 * An athlete's sessions and wellness entries as the engine reads them, in the order logged. Every record checked
 * itself when it was made ({@link TrainingSession}, {@link WellnessEntry}); the nightly job makes them from the
 * stored rows and assesses both of its weeks from one log.
 */
public record TrainingLog(List<TrainingSession> sessions, List<WellnessEntry> wellness) {

    private static final TrainingLog EMPTY = new TrainingLog(List.of(), List.of());

    /** Null lists are empty; the lists are copied. */
    public TrainingLog {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        wellness = wellness == null ? List.of() : List.copyOf(wellness);
    }

    /** A log with no records. */
    public static TrainingLog empty() {
        return EMPTY;
    }

    /** A log of these records, in this order (null for none). */
    public static TrainingLog of(List<TrainingSession> sessions, List<WellnessEntry> wellness) {
        return new TrainingLog(sessions, wellness);
    }
}
