package app.loadwise.recovery.engine;

import app.loadwise.domain.training.SessionType;
import java.time.LocalDate;

/** Plain-language number and date formatting for findings; no String.format in the hot path. */
final class FindingFormat {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** Session type names as findings show them ("race pace"), by ordinal. */
    private static final String[] TYPE_NAMES;

    static {
        SessionType[] types = SessionType.values();
        TYPE_NAMES = new String[types.length];
        for (SessionType type : types) {
            TYPE_NAMES[type.ordinal()] = type.code().replace('_', ' ');
        }
    }

    private FindingFormat() {
    }

    /** "Tue 3 Mar". */
    static String day(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    }

    /** "Tue". */
    static String weekday(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()];
    }

    /** A session by its day and type as a coach names it, "Tue intervals"; never by its id. */
    static String sessionByDay(LocalDate date, SessionType type) {
        return weekday(date) + " " + TYPE_NAMES[type.ordinal()];
    }

    /** Rounded to a whole number. */
    static String num0(double v) {
        return Long.toString(Math.round(v));
    }

    /** One decimal, e.g. 6.5; whole numbers without ".0". */
    static String num1(double v) {
        return fixed(v, 10);
    }

    /** Two decimals at most, e.g. 1.62. */
    static String num2(double v) {
        return fixed(v, 100);
    }

    /** A ratio as a percentage increase, e.g. 1.42 -> "42%". */
    static String percentOver(double ratio) {
        return Math.round((ratio - 1) * 100) + "%";
    }

    /** "intervals (45 min)". */
    static String session(SessionType type, double movingMinutes) {
        String name = TYPE_NAMES[type.ordinal()];
        return Double.isNaN(movingMinutes) ? name : name + " (" + num0(movingMinutes) + " min)";
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String fixed(double v, int scale) {
        long scaled = Math.round(Math.abs(v) * scale);
        long whole = scaled / scale;
        long frac = scaled % scale;
        String sign = v < 0 && scaled != 0 ? "-" : "";
        if (frac == 0) {
            return sign + whole;
        }
        String fraction = Long.toString(frac);
        if (scale == 100 && frac < 10) {
            fraction = "0" + fraction;
        }
        if (scale == 100 && fraction.endsWith("0")) {
            fraction = fraction.substring(0, 1);
        }
        return sign + whole + "." + fraction;
    }
}
