package app.loadwise.traininglog.importing.internal;

/** The file formats the import recognises from their headers. */
public enum ImportFormat {
    LOADWISE_TEMPLATE("loadwise-template"),
    GARMIN_ACTIVITIES("garmin-activities"),
    STRAVA_ACTIVITIES("strava-activities"),
    WELLNESS_FORM("wellness-form"),
    INTERVALS_WELLNESS("intervals-wellness"),
    SAVED_MAPPING("saved-mapping"),
    MAPPED("mapped");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
