package app.loadwise.recovery.engine;

import java.time.LocalDate;

/** One day of the assessed week: its status, its load (0 unless the load is known) and whether it was hard. */
public record DayFigure(LocalDate date, DayStatus status, double load, boolean hard) {
}
