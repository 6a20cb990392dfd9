package app.loadwise.domain.access;

import app.loadwise.domain.common.InvalidValueException;
import java.util.Locale;

/** What an integration API key may do in its club. */
public enum KeyScope {
    READ,
    READ_WRITE;

    /** {@code read} or {@code read-write}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static KeyScope fromApiName(String value, String field) {
        for (KeyScope scope : values()) {
            if (scope.apiName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return scope;
            }
        }
        throw new InvalidValueException(field, "scope must be read or read-write, got '" + value + "'");
    }
}
