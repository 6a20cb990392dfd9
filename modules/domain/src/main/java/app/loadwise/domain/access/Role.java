package app.loadwise.domain.access;

import app.loadwise.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a caller may do. Everyone but a platform admin belongs to exactly one club. */
public enum Role {
    /** Manages clubs and users; sees every club. */
    PLATFORM_ADMIN,
    /** Everything in their club: settings, users, keys, data export and deletion. */
    CLUB_ADMIN,
    /** Reads the club, imports and records training, acknowledges findings, records injuries. */
    COACH,
    /** An API key of one club, read-only or read-write. */
    INTEGRATION;

    /** The name the API uses: {@code platform-admin}, {@code club-admin}, {@code coach}, {@code integration}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role fromApiName(String value, String field) {
        for (Role role : values()) {
            if (role.apiName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return role;
            }
        }
        throw new InvalidValueException(field, "role must be one of "
                + Arrays.stream(values()).map(Role::apiName).collect(Collectors.joining(", ")) + ", got '" + value + "'");
    }
}
