package app.loadwise.reporting.internal;

import app.loadwise.domain.common.InvalidValueException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Properties;

/**
 * The weekly report job's parameters, parsed and written in this one place: the instant a run stands for and the
 * send slot (weekday and local time) in each club's time zone. Jakarta Batch injects only strings, numbers and
 * booleans, so the job reads these from its properties through here; a bad value fails with its name.
 */
public record WeeklyReportParameters(Instant at, DayOfWeek day, LocalTime time) {

    /** Parses the three values, ignoring surrounding spaces and the weekday's case. */
    public static WeeklyReportParameters parse(String at, String day, String time) {
        return new WeeklyReportParameters(instant(at), weekday(day), localTime(time));
    }

    /** The parameters a run was started with. */
    public static WeeklyReportParameters of(Properties job) {
        return parse(job.getProperty("at"), job.getProperty("day"), job.getProperty("time"));
    }

    /** The job parameters that start a run with these values. */
    public Properties asJobParameters() {
        Properties parameters = new Properties();
        parameters.setProperty("at", at.toString());
        parameters.setProperty("day", day.name());
        parameters.setProperty("time", time.toString());
        return parameters;
    }

    public WeeklySendRule sendRule() {
        return new WeeklySendRule(day, time);
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(given(at));
        } catch (DateTimeException e) {
            throw new InvalidValueException("at", "at must be an instant such as 2026-11-23T05:30:00Z, got '" + at + "'");
        }
    }

    private static DayOfWeek weekday(String day) {
        try {
            return DayOfWeek.valueOf(given(day).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("day", "day must be a weekday such as MONDAY, got '" + day + "'");
        }
    }

    private static LocalTime localTime(String time) {
        try {
            return LocalTime.parse(given(time));
        } catch (DateTimeException e) {
            throw new InvalidValueException("time", "time must be a local time such as 06:00, got '" + time + "'");
        }
    }

    /** The text without surrounding spaces; a missing value is empty and so fails to parse. */
    private static String given(String text) {
        return text == null ? "" : text.strip();
    }
}
