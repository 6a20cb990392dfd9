package app.loadwise.domain.health;

/** What kept (or may keep) an athlete from training. */
public enum HealthEventKind {
    INJURY, ILLNESS;

    public String code() {
        return HealthEventCodes.code(this);
    }

    /** The kind for a code ("injury"); null for none; an unknown code names {@code field}. */
    public static HealthEventKind fromCode(String code, String field) {
        return HealthEventCodes.parse(HealthEventKind.class, code, field, "kind");
    }

    public static String codes() {
        return HealthEventCodes.list(HealthEventKind.class);
    }
}
