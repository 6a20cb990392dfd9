package app.loadwise.domain.health;

/** How serious an injury or illness was: minor (trained on, modified), moderate (missed some training), severe (weeks out). */
public enum HealthSeverity {
    MINOR, MODERATE, SEVERE;

    public String code() {
        return HealthEventCodes.code(this);
    }

    public static HealthSeverity fromCode(String code, String field) {
        return HealthEventCodes.parse(HealthSeverity.class, code, field, "severity");
    }
}
