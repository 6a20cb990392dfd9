package app.loadwise.domain.athlete;

import app.loadwise.domain.common.InvalidValueException;
import java.util.Locale;

/** Sex as used by Banister's TRIMP weighting; {@link #UNSPECIFIED} falls back to other load methods. */
public enum Sex {
    FEMALE, MALE, UNSPECIFIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sex fromCode(String code, String field) {
        if (code == null || code.isBlank()) {
            return UNSPECIFIED;
        }
        switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "f": case "female": case "w": case "woman": return FEMALE;
            case "m": case "male": case "man": return MALE;
            case "unspecified": case "x": return UNSPECIFIED;
            default: throw new InvalidValueException(field, "unknown sex '" + code + "'; use female, male or unspecified");
        }
    }
}
