package app.loadwise.app.access;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters of the access resources, read with errors that name the parameter. */
final class PageParams {

    private PageParams() {
    }

    static PageRequest page(String page, String size) {
        return PageRequest.of(integer(page, "page"), integer(size, "size"));
    }

    static Long id(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, name + " must be an id (a whole number), got '" + value + "'");
        }
    }

    private static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, name + " must be a whole number, got '" + value + "'");
        }
    }

    /** A date (the start of that day, UTC) or an instant such as 2026-11-29T06:00:00Z. */
    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be a date (2026-11-29) or an instant (2026-11-29T06:00:00Z), got '"
                    + value + "'");
        }
    }
}
