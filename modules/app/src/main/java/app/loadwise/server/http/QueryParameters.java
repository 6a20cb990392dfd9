package app.loadwise.server.http;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads query parameters into the types resources declare: dates, instants, ISO weeks, whole numbers, ids, flags and
 * enums. A missing or blank value is absent (the parameter's {@code @DefaultValue}, else null). A bad value, or a
 * number outside the parameter's {@code @Min} and {@code @Max}, is a 400 naming the parameter, the value and what
 * is expected; it is thrown as a {@link BadRequestException} because the JAX-RS runtime turns any other failure of a
 * query parameter into a 404. Numbers are plain ASCII digits, optionally after a minus sign: no plus sign, no
 * spaces, no digits of other scripts.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> reader = reader(type, name, annotations);
        return reader == null ? null : new Converter<>(type, reader);
    }

    private static String queryParameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private static Function<String, ?> reader(Class<?> type, String name, Annotation[] annotations) {
        if (type == LocalDate.class) {
            return value -> date(value, name);
        }
        if (type == Instant.class) {
            return value -> instant(value, name);
        }
        if (type == IsoWeek.class) {
            return value -> week(value, name);
        }
        if (type == Integer.class || type == int.class) {
            Bounds bounds = Bounds.of(annotations);
            return value -> bounds.check(integer(value, name), name, value);
        }
        if (type == Long.class || type == long.class) {
            Bounds bounds = Bounds.of(annotations);
            return value -> bounds.check(id(value, name), name, value);
        }
        if (type == Boolean.class || type == boolean.class) {
            return value -> bool(value, name);
        }
        if (type.isEnum()) {
            return value -> constant(type, value, name);
        }
        return null;
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

    /** A date (the start of that day in UTC) or an instant such as 2026-11-29T06:00:00Z. */
    static Instant instant(String value, String name) {
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

    static IsoWeek week(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return IsoWeek.parse(value.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException(name, e.getMessage());
        }
    }

    /** Only an empty value is absent: a blank one is not a number. */
    static Integer integer(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        long number = digits(value, name, name + " must be a whole number, got '" + value + "'");
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidValueException(name, name + " is out of range, got '" + value + "'");
        }
        return (int) number;
    }

    /** Long query parameters are ids. */
    static Long id(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return digits(value, name, name + " must be an id (a whole number), got '" + value + "'");
    }

    private static long digits(String value, String name, String malformed) {
        String digits = value.charAt(0) == '-' ? value.substring(1) : value;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(name, malformed);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException tooLong) {
            throw new InvalidValueException(name, name + " is out of range, got '" + value + "'");
        }
    }

    static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidValueException(name, name + " must be true or false, got '" + value + "'");
        };
    }

    /** An enum constant by its name in lower case, as the API writes it (green, amber, red). */
    static Object constant(Class<?> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(QueryParameters::code).toList();
        int index = codes.indexOf(value.strip().toLowerCase(Locale.ROOT));
        if (index < 0) {
            String expected = codes.size() == 1 ? codes.get(0)
                    : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
            throw new InvalidValueException(name, name + " must be " + expected + ", got '" + value + "'");
        }
        return type.getEnumConstants()[index];
    }

    private static String code(Object constant) {
        return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
    }

    /** The range a number parameter declares with {@code @Min} and {@code @Max}. */
    record Bounds(Long min, Long max) {

        static Bounds of(Annotation[] annotations) {
            Long min = null;
            Long max = null;
            for (Annotation annotation : annotations) {
                if (annotation instanceof Min m) {
                    min = m.value();
                } else if (annotation instanceof Max m) {
                    max = m.value();
                }
            }
            return new Bounds(min, max);
        }

        <N extends Number> N check(N number, String name, String value) {
            if (number == null || (min == null || number.longValue() >= min) && (max == null || number.longValue() <= max)) {
                return number;
            }
            String expected = min != null && max != null ? "between " + min + " and " + max
                    : min != null ? min + " or more" : "at most " + max;
            throw new InvalidValueException(name, name + " must be " + expected + ", got '" + value + "'");
        }
    }

    static final class Converter<T> implements ParamConverter<T> {
        private final Class<T> type;
        private final Function<String, ?> reader;

        Converter(Class<T> type, Function<String, ?> reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public T fromString(String value) {
            try {
                return read(value);
            } catch (InvalidValueException e) {
                throw new BadRequestException(e.getMessage(), e);
            }
        }

        /** The value, or null when absent; a bad value is an {@link InvalidValueException}. */
        @SuppressWarnings("unchecked")
        T read(String value) {
            // a primitive type's class cannot cast its boxed value
            return (T) reader.apply(value);
        }

        @Override
        public String toString(T value) {
            if (value == null) {
                return null;
            }
            return type.isEnum() ? code(value) : value.toString();
        }
    }
}
