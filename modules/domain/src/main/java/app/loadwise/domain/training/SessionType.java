package app.loadwise.domain.training;

import app.loadwise.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The fixed vocabulary of session types; {@link #code()} is the name used in the API and in files. */
public enum SessionType {
    EASY(false, false, true),
    RECOVERY(false, false, true),
    LONG(false, false, true),
    TEMPO(true, true, true),
    INTERVALS(true, true, true),
    HILLS(true, true, true),
    RACE_PACE(true, true, true),
    RACE(true, true, true),
    STRIDES(false, false, true),
    STRENGTH(false, false, false),
    CROSS_TRAINING(false, false, false),
    REST(false, false, false);

    private final boolean hard;
    private final boolean speedWork;
    private final boolean run;

    SessionType(boolean hard, boolean speedWork, boolean run) {
        this.hard = hard;
        this.speedWork = speedWork;
        this.run = run;
    }

    /** Hard by its type alone; a long run is hard only above a club's duration or load threshold. */
    public boolean isHard() {
        return hard;
    }

    /** Counts as a speed day (intervals, hills, tempo, race pace, race). */
    public boolean isSpeedWork() {
        return speedWork;
    }

    /** A running session (as opposed to strength, cross-training or rest). */
    public boolean isRun() {
        return run;
    }

    /** Easy enough to serve as a buffer day after a hard session. */
    public boolean isBuffer() {
        return this == EASY || this == RECOVERY || this == REST || this == CROSS_TRAINING || this == STRENGTH;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code ("race_pace"), ignoring case and accepting '-' or ' ' for '_'. */
    public static SessionType fromCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(field, "session type is required; one of " + codes());
        }
        String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SessionType type : values()) {
            if (type.name().equals(normalized)) {
                return type;
            }
        }
        throw new InvalidValueException(field, "unknown session type '" + code + "'; use one of " + codes());
    }

    private static final String CODES = Arrays.stream(values()).map(SessionType::code).collect(Collectors.joining(", "));

    /** The codes, comma-separated, for messages. */
    public static String codes() {
        return CODES;
    }
}
