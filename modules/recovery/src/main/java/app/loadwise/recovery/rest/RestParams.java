package app.loadwise.recovery.rest;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters so that a bad value is a 400 naming the parameter, and names the caller. */
final class RestParams {

    /** Who a change is recorded as when the request carries no authenticated caller. */
    static final String ANONYMOUS = "anonymous";

    private RestParams() {
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

    /** The authenticated caller's name, or "anonymous". */
    static String caller(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return ANONYMOUS;
        }
        String name = security.getUserPrincipal().getName();
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }
}
