package app.loadwise.traininglog.rest;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters so that a bad value is a 400 naming the parameter, not a 404. */
final class QueryParams {

    private QueryParams() {
    }

    static DateRange range(String from, String to) {
        return DateRange.of(date(from, "from"), date(to, "to"));
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be a date like 2026-03-02, got '" + value + "'");
        }
    }

    static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, name + " must be a whole number, got '" + value + "'");
        }
    }

    static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidValueException(name, name + " must be true or false, got '" + value + "'");
        };
    }
}
