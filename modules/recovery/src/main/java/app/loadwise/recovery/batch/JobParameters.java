package app.loadwise.recovery.batch;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the job's text properties; an empty text means "not given". */
final class JobParameters {

    private JobParameters() {
    }

    static Long optionalLong(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, name + " must be a whole number, got '" + text + "'");
        }
    }

    static int integer(String text, String name, int fallback) {
        Long value = optionalLong(text, name);
        return value == null ? fallback : value.intValue();
    }

    static IsoWeek optionalWeek(String text) {
        return text == null || text.isBlank() ? null : IsoWeek.parse(text);
    }

    static LocalDate optionalDate(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be a date like 2026-03-02, got '" + text + "'");
        }
    }
}
