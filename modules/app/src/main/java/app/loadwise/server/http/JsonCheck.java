package app.loadwise.server.http;

import app.loadwise.domain.common.PlainText;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON request body against the Java type it is about to be bound to, before JSON-B binds it, and names
 * every value at fault by its path ({@code items[3].rpe}): text with control characters or half a surrogate pair
 * ({@link PlainText}), numbers that are not finite (NaN, Infinity, 1e400) or not whole where a whole number is
 * expected, values of the wrong JSON type, dates and times that are not ISO, nesting deeper than {@value #MAX_DEPTH}
 * and bodies that are not JSON at all. What JSON-B would otherwise truncate, round or fail on with an internal
 * message is refused here with a message for the caller. Properties the type does not have are ignored by the
 * binding; their text and numbers are still checked.
 */
public final class JsonCheck {

    /** Deeper nesting is refused: no request of the API nests more than a few levels. */
    static final int MAX_DEPTH = 32;
    /** Whole numbers longer than this (in digits) are out of range of every type the API reads. */
    private static final int MAX_DIGITS = 40;
    /** At most this many refusals are listed; a body with more gets the first ones. */
    static final int MAX_REFUSALS = 100;

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final BigDecimal MAX_DOUBLE = new BigDecimal(Double.MAX_VALUE);
    private static final BigDecimal MAX_FLOAT = new BigDecimal(Float.MAX_VALUE);

    /** One value at fault: its path in the body ("body" for the body itself) and what is wrong. */
    public record Refusal(String field, String message) {
    }

    /** A body with values at fault; nothing was bound. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Refusal> refusals;

        public Refused(List<Refusal> refusals) {
            super(refusals.size() == 1 ? refusals.get(0).message() : refusals.size() + " values of the request body are invalid");
            this.refusals = List.copyOf(refusals);
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    /** What a Java type expects of a JSON value. */
    private enum Kind {
        TEXT("text"), WHOLE("a whole number"), NUMBER("a number"), BOOLEAN("true or false"),
        DATE("a date like 2026-03-02"), TIME("a time of day like 18:30"), ENUM("one of the listed values"),
        OBJECT("an object"), MAP("an object"), LIST("a list"), ANY("a value");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }
    }

    private final List<Refusal> refusals = new ArrayList<>();

    private JsonCheck() {
    }

    /** Checks a body bound to {@code target}; throws {@link Refused} listing what is wrong. An empty body passes. */
    public static void check(byte[] body, Type target) {
        if (isBlank(body)) {
            return;
        }
        JsonCheck check = new JsonCheck();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                return;
            }
            check.value(parser, parser.next(), target, "", 0);
            if (parser.hasNext()) {
                // JSON-P refuses anything after the value, as JSON-B's reading does
                parser.next();
            }
        } catch (JsonParsingException e) {
            check.refusals.clear();
            check.refuse("", "the request body is not valid JSON" + where(e.getLocation()));
        } catch (JsonException | NumberFormatException | ArithmeticException e) {
            check.refusals.clear();
            check.refuse("", "the request body is not valid JSON (a value cannot be read)");
        } catch (StopChecking enough) {
            // the first MAX_REFUSALS are listed
        }
        if (!check.refusals.isEmpty()) {
            throw new Refused(check.refusals);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    /** Thrown to stop once enough refusals are listed. */
    private static final class StopChecking extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopChecking() {
            super(null, null, false, false);
        }
    }

    private void refuse(String path, String message) {
        refusals.add(new Refusal(path.isEmpty() ? "body" : path, message));
        if (refusals.size() >= MAX_REFUSALS) {
            throw new StopChecking();
        }
    }

    private void mustBe(String path, Kind kind, Type type) {
        String expected = kind == Kind.ENUM ? "one of " + String.join(", ", constants(type)) : kind.expected;
        refuse(path, describe(path) + " must be " + expected);
    }

    private void value(JsonParser parser, Event event, Type type, String path, int depth) {
        Kind kind = kindOf(type);
        switch (event) {
            case START_OBJECT -> object(parser, type, kind, path, depth);
            case START_ARRAY -> array(parser, type, kind, path, depth);
            case VALUE_STRING -> string(parser.getString(), type, kind, path);
            case VALUE_NUMBER -> {
                BigDecimal number;
                try {
                    number = parser.getBigDecimal();
                } catch (RuntimeException tooLong) {
                    refuse(path, describe(path) + " is out of range");
                    return;
                }
                number(number, type, kind, path);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if (kind != Kind.BOOLEAN && kind != Kind.TEXT && kind != Kind.ANY) {
                    mustBe(path, kind, type);
                }
            }
            default -> {
                // null: absent
            }
        }
    }

    private void object(JsonParser parser, Type type, Kind kind, String path, int depth) {
        if (depth >= MAX_DEPTH) {
            refuse(path, "the request body is nested more than " + MAX_DEPTH + " levels deep");
            parser.skipObject();
            return;
        }
        boolean fits = kind == Kind.OBJECT || kind == Kind.MAP || kind == Kind.ANY;
        if (!fits) {
            mustBe(path, kind, type);
        }
        Event event;
        while ((event = parser.next()) != Event.END_OBJECT) {
            String key = parser.getString();
            String problem = PlainText.problem("a property name", key);
            if (problem != null) {
                refuse(path, (path.isEmpty() ? "" : path + ": ") + problem);
            }
            Type child = fits ? childType(type, kind, key) : Object.class;
            value(parser, parser.next(), child, join(path, key), depth + 1);
        }
    }

    private void array(JsonParser parser, Type type, Kind kind, String path, int depth) {
        if (depth >= MAX_DEPTH) {
            refuse(path, "the request body is nested more than " + MAX_DEPTH + " levels deep");
            parser.skipArray();
            return;
        }
        boolean fits = kind == Kind.LIST || kind == Kind.ANY;
        if (!fits) {
            mustBe(path, kind, type);
        }
        Type element = fits && kind == Kind.LIST ? elementType(type) : Object.class;
        Event event;
        int index = 0;
        while ((event = parser.next()) != Event.END_ARRAY) {
            value(parser, event, element, path + "[" + index++ + "]", depth + 1);
        }
    }

    private void string(String text, Type type, Kind kind, String path) {
        String problem = PlainText.problem(describe(path), text);
        if (problem != null) {
            refuse(path, problem);
            return;
        }
        switch (kind) {
            case WHOLE -> {
                if (!WHOLE.matcher(text).matches()) {
                    mustBe(path, kind, type);
                } else if (text.length() > MAX_DIGITS) {
                    refuse(path, describe(path) + " is out of range");
                } else {
                    whole(new BigDecimal(text), type, path);
                }
            }
            case NUMBER -> {
                if (!DECIMAL.matcher(text).matches()) {
                    mustBe(path, kind, type);
                } else if (text.length() > MAX_DIGITS) {
                    refuse(path, describe(path) + " is out of range");
                } else {
                    finite(new BigDecimal(text), type, path);
                }
            }
            case BOOLEAN -> {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    mustBe(path, kind, type);
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    refuse(path, describe(path) + " must be a date like 2026-03-02");
                }
            }
            case TIME -> {
                try {
                    LocalTime.parse(text);
                } catch (DateTimeParseException e) {
                    refuse(path, describe(path) + " must be a time of day like 18:30");
                }
            }
            case ENUM -> {
                if (!constants(type).contains(text)) {
                    mustBe(path, kind, type);
                }
            }
            case OBJECT, MAP, LIST -> mustBe(path, kind, type);
            default -> {
                // text, or a value whose type is not known here
            }
        }
    }

    private void number(BigDecimal number, Type type, Kind kind, String path) {
        switch (kind) {
            case WHOLE -> whole(number, type, path);
            case NUMBER, ANY -> finite(number, type, path);
            case TEXT -> {
                // JSON-B writes the number as text
            }
            default -> mustBe(path, kind, type);
        }
    }

    private void whole(BigDecimal number, Type type, String path) {
        // by magnitude first, so that a number like 1e999999999 is never expanded
        if (number.signum() != 0 && number.precision() - number.scale() > MAX_DIGITS) {
            refuse(path, describe(path) + " is out of range");
            return;
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            refuse(path, describe(path) + " must be a whole number");
            return;
        }
        BigInteger value = number.signum() == 0 ? BigInteger.ZERO : number.toBigInteger();
        BigInteger min;
        BigInteger max;
        if (type == Integer.class || type == int.class) {
            min = BigInteger.valueOf(Integer.MIN_VALUE);
            max = BigInteger.valueOf(Integer.MAX_VALUE);
        } else if (type == Short.class || type == short.class) {
            min = BigInteger.valueOf(Short.MIN_VALUE);
            max = BigInteger.valueOf(Short.MAX_VALUE);
        } else if (type == Byte.class || type == byte.class) {
            min = BigInteger.valueOf(Byte.MIN_VALUE);
            max = BigInteger.valueOf(Byte.MAX_VALUE);
        } else if (type == BigInteger.class) {
            return;
        } else {
            min = BigInteger.valueOf(Long.MIN_VALUE);
            max = BigInteger.valueOf(Long.MAX_VALUE);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            refuse(path, describe(path) + " is out of range");
        }
    }

    private void finite(BigDecimal number, Type type, String path) {
        BigDecimal max = type == Float.class || type == float.class ? MAX_FLOAT : MAX_DOUBLE;
        // compared by magnitude first: a number like 1e999999999 is not expanded
        if (number.signum() != 0 && (number.precision() - number.scale() > 400 || number.abs().compareTo(max) > 0)) {
            refuse(path, describe(path) + " is out of range; numbers must be finite");
        }
    }

    // ---- types ---------------------------------------------------------------------------------------------

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawClass(p.getRawType());
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return rawClass(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Kind kindOf(Type type) {
        Class<?> c = rawClass(type);
        if (c == String.class || c == CharSequence.class) {
            return Kind.TEXT;
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class || c == short.class
                || c == Byte.class || c == byte.class || c == BigInteger.class) {
            return Kind.WHOLE;
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class || c == BigDecimal.class
                || c == Number.class) {
            return Kind.NUMBER;
        }
        if (c == Boolean.class || c == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (c == LocalDate.class) {
            return Kind.DATE;
        }
        if (c == LocalTime.class) {
            return Kind.TIME;
        }
        if (c.isEnum()) {
            return Kind.ENUM;
        }
        if (c.isRecord()) {
            return Kind.OBJECT;
        }
        if (Map.class.isAssignableFrom(c)) {
            return Kind.MAP;
        }
        if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            return Kind.LIST;
        }
        return Kind.ANY;
    }

    private static Type childType(Type type, Kind kind, String key) {
        if (kind == Kind.MAP) {
            return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 2
                    ? p.getActualTypeArguments()[1] : Object.class;
        }
        if (kind == Kind.OBJECT) {
            return COMPONENTS.get(rawClass(type)).getOrDefault(key, Object.class);
        }
        return Object.class;
    }

    /** The components of each record type read, by JSON property name (JSON-B reads a record by its components). */
    private static final ClassValue<Map<String, Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> record) {
            Map<String, Type> components = new HashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            return components;
        }
    };

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return Object.class;
    }

    private static List<String> constants(Type type) {
        Object[] values = rawClass(type).getEnumConstants();
        return values == null ? Collections.emptyList() : Arrays.stream(values).map(v -> ((Enum<?>) v).name()).toList();
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the request body" : path;
    }

    private static String join(String path, String key) {
        String name = PlainText.accepted(key) ? key : PlainText.replaceRefused(key);
        return path.isEmpty() ? name : path + "." + name;
    }
}
