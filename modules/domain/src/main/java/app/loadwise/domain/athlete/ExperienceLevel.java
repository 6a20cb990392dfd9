package app.loadwise.domain.athlete;

import app.loadwise.domain.common.InvalidValueException;
import java.util.Locale;

/** An athlete's running experience, which sets how many speed days a week the rules allow. */
public enum ExperienceLevel {
    BEGINNER, INTERMEDIATE, ADVANCED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExperienceLevel fromCode(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(field, "experience level is required; use beginner, intermediate or advanced");
        }
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "unknown experience level '" + code + "'; use beginner, intermediate or advanced");
        }
    }
}
