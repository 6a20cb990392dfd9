package app.loadwise.domain.health;

/** Where an injury is, in the coarse terms running clubs record. */
public enum BodyLocation {
    ACHILLES, CALF, SHIN, KNEE, HAMSTRING, QUADRICEPS, HIP, GROIN, BACK, ANKLE, FOOT, OTHER;

    public String code() {
        return HealthEventCodes.code(this);
    }

    public static BodyLocation fromCode(String code, String field) {
        return HealthEventCodes.parse(BodyLocation.class, code, field, "body location");
    }

    public static String codes() {
        return HealthEventCodes.list(BodyLocation.class);
    }
}
