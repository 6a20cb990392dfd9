package app.loadwise.domain.health;

import app.loadwise.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lower-case codes of this package's enums, naming the field and the allowed codes when one is unknown. */
final class HealthEventCodes {

    private HealthEventCodes() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, String field, String what) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw new InvalidValueException(field, "unknown " + what + " '" + code.strip() + "'; use " + list(type));
    }

    static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(HealthEventCodes::code).collect(Collectors.joining(", "));
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
