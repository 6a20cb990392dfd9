package app.loadwise.recovery.engine;

import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;

/**
 * The load of one session of the assessed week, in session-RPE units (arbitrary units, RPE x minutes),
 * with the method that produced it. {@code load} is 0 when the method is {@link LoadMethod#UNKNOWN}.
 */
public record SessionLoad(String sessionId, LocalDate date, SessionType type, double load, LoadMethod method,
                          boolean hard) {
}
