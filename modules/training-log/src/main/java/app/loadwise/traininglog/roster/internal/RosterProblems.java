package app.loadwise.traininglog.roster.internal;

import app.loadwise.domain.common.InputLimits;

/** How to fix a value of each roster column, and the athlete API's messages split into problem and fix. */
final class RosterProblems {

    private RosterProblems() {
    }

    /**
     * The athlete API's message as a problem and a fix: "unknown sex 'q'; use female, male or unspecified" is the
     * problem "unknown sex 'q'" and the fix "use female, male or unspecified"; a message without a fix gets null.
     */
    static String[] split(String message) {
        int semicolon = message.indexOf("; ");
        return semicolon < 0 ? new String[] {message, null}
                : new String[] {message.substring(0, semicolon), message.substring(semicolon + 2)};
    }

    static String fixOf(RosterColumn column) {
        return switch (column) {
            case MEMBER_ID -> "shorten the member id to 64 characters or fewer";
            case NAME -> "write the athlete's name in at most 200 characters";
            case SEX -> "use female, male or unspecified";
            case BIRTH_YEAR, BIRTH_DATE -> "write a year from " + InputLimits.BIRTH_YEAR.minText() + " to " + InputLimits.BIRTH_YEAR.maxText()
                    + ", e.g. 1990";
            case LEVEL -> "use beginner, intermediate or advanced";
            case MAX_HR -> "write the maximum heart rate in beats per minute, from " + InputLimits.ATHLETE_MAX_HEART_RATE.minText()
                    + " to " + InputLimits.ATHLETE_MAX_HEART_RATE.maxText() + " (e.g. 188)";
            case RESTING_HR -> "write the morning resting heart rate in beats per minute, from "
                    + InputLimits.ATHLETE_RESTING_HEART_RATE.minText() + " to " + InputLimits.ATHLETE_RESTING_HEART_RATE.maxText() + " (e.g. 50)";
            case TIME_ZONE -> "use an IANA name such as Europe/Berlin, or leave it empty for the club's";
        };
    }
}
