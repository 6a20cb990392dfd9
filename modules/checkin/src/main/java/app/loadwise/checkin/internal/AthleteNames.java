package app.loadwise.checkin.internal;

/** What the check-in page and the reminders tell about whose they are. */
public final class AthleteNames {

    private AthleteNames() {
    }

    /** The first word of a name. */
    public static String first(String name) {
        String trimmed = name == null ? "" : name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
