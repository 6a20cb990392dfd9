package app.loadwise.domain.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the text of query parameters (paging, dates, ids, flags) so that a bad value is an
 * {@link InvalidValueException} naming the parameter — a 400, not the 404 a failed conversion would give. A missing
 * or blank value is null. Numbers are plain ASCII digits, optionally after a minus sign: no plus sign, no spaces, no
 * digits of other scripts.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer(page, "page"), integer(size, "size"));
    }

    public static DateRange range(String from, String to) {
        return DateRange.of(date(from, "from"), date(to, "to"));
    }

    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be a date like 2026-03-02, got '" + value + "'");
        }
    }

    /** A date (the start of that day in UTC) or an instant such as 2026-11-29T06:00:00Z. */
    public static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, name + " must be a date (2026-11-29) or an instant (2026-11-29T06:00:00Z), got '"
                    + value + "'");
        }
    }

    public static Integer integer(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Long number = digits(value, name, name + " must be a whole number, got '" + value + "'");
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidValueException(name, name + " is out of range, got '" + value + "'");
        }
        return number.intValue();
    }

    public static Long id(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return digits(value, name, name + " must be an id (a whole number), got '" + value + "'");
    }

    /** True for plain ASCII digits, at least one, and nothing else: the form every id and number in a URL takes. */
    public static boolean isDigits(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Long digits(String value, String name, String malformed) {
        boolean negative = value.charAt(0) == '-';
        if (!isDigits(negative ? value.substring(1) : value)) {
            throw new InvalidValueException(name, malformed);
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException tooLong) {
            throw new InvalidValueException(name, name + " is out of range, got '" + value + "'");
        }
    }

    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidValueException(name, name + " must be true or false, got '" + value + "'");
        };
    }
}
