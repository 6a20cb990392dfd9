package app.loadwise.traininglog.importing.internal;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads cell texts as the values a training log needs, the way a club writes them: numbers with the club's decimal
 * separator, dates in the club's order or ISO or as Excel serials, durations as minutes or h:mm:ss, distances in
 * km, mi or m. Every failure says what is wrong and how to write it instead.
 */
public final class ValueParser {

    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    private static final Pattern DAY_FRACTION = Pattern.compile("\\d*\\.\\d+|0");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})(?:[ T,]+(.*))?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})[:.](\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:GMT|UTC|Z)?[+-]?[\\d:]*)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{1,2})(?::(\\d{1,2}(?:[.,]\\d+)?))?");
    private static final Pattern HOURS_MINUTES = Pattern.compile(
            "(?:(\\d+(?:[.,]\\d+)?)\\s*(?:h|hr|hrs|hours?|std))?\\s*(?:(\\d+(?:[.,]\\d+)?)\\s*(?:m|min|mins|minutes?))?\\s*(?:(\\d+(?:[.,]\\d+)?)\\s*(?:s|sec|secs|seconds?))?");
    private static final Pattern COMPACT_HOURS = Pattern.compile("(\\d+)\\s*h\\s*(\\d{1,2})");
    private static final Pattern WITH_UNIT = Pattern.compile("(-?[\\d.,\\s']+)\\s*([A-Za-z]+)\\.?");
    private static final List<DateTimeFormatter> WORDY = List.of(
            formatter("MMM d, yyyy, h:mm:ss a"), formatter("MMM d, yyyy h:mm:ss a"), formatter("MMM d, yyyy"),
            formatter("d MMM yyyy"), formatter("d MMM yyyy HH:mm"), formatter("d MMMM yyyy"), formatter("MMMM d, yyyy"),
            formatter("EEE, d MMM yyyy"), formatter("EEE MMM d yyyy"));
    private static final int EXCEL_SERIAL_MIN = 20_000;
    private static final int EXCEL_SERIAL_MAX = 80_000;

    private final char decimal;
    private final char grouping;
    private final boolean dayFirst;
    private final String datePattern;

    /** A parser for the club's locale; {@code decimalSeparator} overrides the locale's when the file shows its own. */
    public ValueParser(Locale locale, Character decimalSeparator) {
        char localeDecimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        this.decimal = decimalSeparator != null ? decimalSeparator : (localeDecimal == ',' ? ',' : '.');
        this.grouping = decimal == ',' ? '.' : ',';
        String shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).toLowerCase(Locale.ROOT);
        int d = shortDate.indexOf('d');
        int m = shortDate.indexOf('m');
        this.dayFirst = d >= 0 && m >= 0 && d < m;
        this.datePattern = dayFirst ? "DD.MM.YYYY" : "MM/DD/YYYY";
    }

    // ---- numbers ------------------------------------------------------------------------------------------

    /** A plain number, or null for an empty cell or a "--" placeholder. */
    public Double number(String text, boolean typed) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        if (typed) {
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw notANumber(text);
            }
        }
        String s = t.replace(" ", "").replace("\u00A0", "").replace("'", "");
        int separators = count(s, '.') + count(s, ',');
        int last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
        if (separators == 1 && s.length() - last - 1 != 3) {
            // one separator not followed by a group of three digits can only be the decimal one
            s = s.replace(',', '.');
        } else {
            s = s.replace(String.valueOf(grouping), "");
            if (decimal == ',') {
                s = s.replace(',', '.');
            }
        }
        try {
            return new BigDecimal(s).doubleValue();
        } catch (NumberFormatException e) {
            throw notANumber(text);
        }
    }

    public Integer integer(String text, boolean typed) {
        Double value = number(text, typed);
        if (value == null) {
            return null;
        }
        if (Math.abs(value - Math.rint(value)) > 1e-9) {
            throw new ValueException("'" + text + "' is not a whole number", "write a whole number such as " + Math.round(value));
        }
        return (int) Math.rint(value);
    }

    /** A whole number possibly written with its unit or scale: "145 bpm", "7/10". */
    public Integer wholeWithUnit(String text, boolean typed, String... units) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int slash = lower.indexOf('/');
        if (slash > 0) {
            lower = lower.substring(0, slash).strip();
        }
        for (String unit : units) {
            if (lower.endsWith(unit)) {
                lower = lower.substring(0, lower.length() - unit.length()).strip();
            }
        }
        Double value = number(lower, typed);
        return value == null ? null : (int) Math.round(value);
    }

    // ---- durations and distances -----------------------------------------------------------------------------

    /**
     * Minutes from "52", "52.5", "1:02:03", "0:45:12.3", "1h 30m", "90 min"; a number is read in the header's unit
     * (min, h or s; minutes when none). "1:30" is 1 h 30 min, as spreadsheet programs read it.
     */
    public Double minutes(String text, boolean typed, String unit) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            double first = Double.parseDouble(clock.group(1));
            double second = Double.parseDouble(clock.group(2));
            if (second >= 60) {
                throw badDuration(text);
            }
            if (clock.group(3) == null) {
                return "mmss".equals(unit) ? first + second / 60 : first * 60 + second;
            }
            double seconds = Double.parseDouble(clock.group(3).replace(',', '.'));
            if (seconds >= 60) {
                throw badDuration(text);
            }
            return first * 60 + second + seconds / 60;
        }
        Double plain;
        try {
            plain = number(t, typed);
        } catch (ValueException e) {
            return wordyDuration(text, t);
        }
        if (plain == null) {
            return null;
        }
        if (unit == null || unit.equals("min") || unit.equals("hms")) {
            return plain;
        }
        return switch (unit) {
            case "h" -> plain * 60;
            case "s" -> plain / 60;
            default -> plain;
        };
    }

    private Double wordyDuration(String original, String t) {
        String lower = t.toLowerCase(Locale.ROOT).replace(',', '.');
        Matcher compact = COMPACT_HOURS.matcher(lower);
        if (compact.matches()) {
            return Integer.parseInt(compact.group(1)) * 60.0 + Integer.parseInt(compact.group(2));
        }
        Matcher words = HOURS_MINUTES.matcher(lower);
        if (!lower.isBlank() && words.matches() && (words.group(1) != null || words.group(2) != null || words.group(3) != null)) {
            double minutes = 0;
            minutes += words.group(1) != null ? Double.parseDouble(words.group(1)) * 60 : 0;
            minutes += words.group(2) != null ? Double.parseDouble(words.group(2)) : 0;
            minutes += words.group(3) != null ? Double.parseDouble(words.group(3)) / 60 : 0;
            return minutes;
        }
        throw badDuration(original);
    }

    /** Hours of sleep from "7.5", "7:30", "7h30"; seconds when the header says so. */
    public Double hours(String text, boolean typed, String unit) {
        if ("s".equals(unit)) {
            Double seconds = number(text, typed);
            return seconds == null ? null : seconds / 3600;
        }
        String t = clean(text);
        if (t == null) {
            return null;
        }
        if (CLOCK.matcher(t).matches() || t.toLowerCase(Locale.ROOT).contains("h") || t.toLowerCase(Locale.ROOT).contains("min")) {
            Double minutes = minutes(t, typed, "min");
            return minutes == null ? null : minutes / 60;
        }
        Double value = number(t, typed);
        return value == null ? null : "min".equals(unit) ? value / 60 : value;
    }

    /** Kilometres from "10.5", "10.5 km", "6.2 mi", "800 m"; a bare number is in the header's unit, else km. */
    public Double kilometres(String text, boolean typed, String unit) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        String valueUnit = unit;
        String number = t;
        Matcher m = WITH_UNIT.matcher(t);
        if (!typed && m.matches()) {
            String u = HeaderUnits.unitOf(m.group(2));
            if (u == null || !(u.equals("km") || u.equals("mi") || u.equals("m"))) {
                throw new ValueException("'" + text + "' is not a distance", "write it in km, mi or m, e.g. 10.5 km");
            }
            valueUnit = u;
            number = m.group(1).strip();
        }
        Double value;
        try {
            value = number(number, typed);
        } catch (ValueException e) {
            throw new ValueException("'" + text + "' is not a distance", "write a number of kilometres such as 10.5, or add the unit: 6.2 mi, 800 m");
        }
        if (value == null) {
            return null;
        }
        if (valueUnit == null) {
            return value;
        }
        return switch (valueUnit) {
            case "mi" -> value * 1.609344;
            case "m" -> value / 1000;
            default -> value;
        };
    }

    // ---- dates and times --------------------------------------------------------------------------------------

    /** A date with an optional time of day. */
    public LocalDateTime dateTime(String text, boolean typed) {
        return dateTime(text, typed, (Boolean) null);
    }

    /** Whether the club writes numeric dates day first (DD.MM.YYYY) rather than month first. */
    public boolean dayFirst() {
        return dayFirst;
    }

    /**
     * What a cell tells of the order of day and month: {@code 1} when it can only be day first (13/02/2026),
     * {@code -1} when it can only be month first (02/13/2026), {@code 0} when either could be meant (03/04/2026),
     * {@code 2} when it is not a numeric date with the year last (ISO, a serial, words, a typed date).
     */
    public static int dateOrderOf(String text, boolean typed) {
        String t = clean(text);
        if (typed || t == null) {
            return 2;
        }
        Matcher m = NUMERIC_DATE.matcher(t);
        if (!m.matches() || m.group(1).length() > 2 || m.group(2).length() > 2 || !(m.group(3).length() == 4 || m.group(3).length() == 2)) {
            return 2;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 && b >= 1 && b <= 12) {
            return 1;
        }
        if (b > 12 && a >= 1 && a <= 12) {
            return -1;
        }
        return a > 12 && b > 12 ? 2 : 0;
    }

    /** As {@link #dateTime(String, boolean)}; {@code dayFirstOverride} reads day and month in that order instead of the club's. */
    public LocalDateTime dateTime(String text, boolean typed, Boolean dayFirstOverride) {
        return dateTime(text, typed, () -> dayFirstOverride);
    }

    /**
     * As {@link #dateTime(String, boolean, Boolean)}, asking for the column's order only when the text is a numeric
     * date whose reading (or, for a year-first one, whose error message) depends on it: a typed, ISO or worded date
     * never asks, so a column's order need not be known to read it.
     */
    public LocalDateTime dateTime(String text, boolean typed, Supplier<Boolean> dayFirstOverride) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        if (typed || SERIAL.matcher(t).matches()) {
            LocalDateTime iso = isoOrSerial(t);
            if (iso != null) {
                return iso;
            }
        }
        Matcher m = NUMERIC_DATE.matcher(t);
        if (m.matches()) {
            LocalDate date = numericDate(text, m.group(1), m.group(2), m.group(3), () -> {
                Boolean override = dayFirstOverride.get();
                return override == null ? dayFirst : override;
            });
            LocalTime time = m.group(4) == null || m.group(4).isBlank() ? null : time(m.group(4), false);
            return time == null ? date.atStartOfDay() : date.atTime(time);
        }
        for (DateTimeFormatter formatter : WORDY) {
            try {
                var parsed = formatter.parseBest(t, LocalDateTime::from, LocalDate::from);
                return parsed instanceof LocalDateTime ldt ? ldt : ((LocalDate) parsed).atStartOfDay();
            } catch (DateTimeParseException e) {
                // try the next
            }
        }
        throw badDate(text);
    }

    public LocalDate date(String text, boolean typed) {
        LocalDateTime dateTime = dateTime(text, typed);
        return dateTime == null ? null : dateTime.toLocalDate();
    }

    /** True when the text carries a time of day besides the date. */
    public boolean hasTime(String text, boolean typed) {
        String t = clean(text);
        return t != null && (t.contains(":") || (typed && t.contains("T")));
    }

    private LocalDateTime isoOrSerial(String t) {
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay();
            }
            if (t.length() >= 16 && t.charAt(10) == 'T') {
                return LocalDateTime.parse(t);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        try {
            double serial = Double.parseDouble(t);
            if (serial >= EXCEL_SERIAL_MIN && serial <= EXCEL_SERIAL_MAX) {
                long days = (long) Math.floor(serial);
                long seconds = Math.round((serial - days) * 86_400);
                return LocalDate.of(1899, 12, 30).plusDays(days).atStartOfDay().plusSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private LocalDate numericDate(String original, String a, String b, String c, BooleanSupplier dayFirstOrder) {
        int year;
        int month;
        int day;
        Boolean dayFirstRead = null;
        if (a.length() == 4) {
            year = Integer.parseInt(a);
            month = Integer.parseInt(b);
            day = Integer.parseInt(c);
        } else if (c.length() == 4 || c.length() == 2) {
            dayFirstRead = dayFirstOrder.getAsBoolean();
            year = c.length() == 2 ? 2000 + Integer.parseInt(c) : Integer.parseInt(c);
            day = Integer.parseInt(dayFirstRead ? a : b);
            month = Integer.parseInt(dayFirstRead ? b : a);
        } else {
            throw badDate(original);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            boolean dayFirst = dayFirstRead != null ? dayFirstRead : dayFirstOrder.getAsBoolean();
            throw new ValueException("'" + original + "' is not a date in the calendar (" + calendarProblem(year, month, day) + ")",
                    "check day and month; " + (dayFirst == this.dayFirst ? "this club writes dates as " + datePattern
                            : "this column is read " + (dayFirst ? "DD.MM.YYYY" : "MM/DD/YYYY")) + " or ISO YYYY-MM-DD");
        }
    }

    /** Why a year, month and day make no date, in words ("February 2026 has 28 days"). */
    static String calendarProblem(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        if (day < 1) {
            return "days are counted from 1";
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                + yearMonth.lengthOfMonth() + " days";
    }

    /** A time of day from "18:30", "6:30 PM", "18.30", "18:30:05"; an Excel fraction of a day when typed. */
    public LocalTime time(String text, boolean typed) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        if (typed && DAY_FRACTION.matcher(t).matches()) {
            double fraction = Double.parseDouble(t);
            if (fraction >= 0 && fraction < 1) {
                return LocalTime.ofSecondOfDay(Math.round(fraction * 86_400) % 86_400);
            }
        }
        if (typed && t.length() >= 16 && t.charAt(10) == 'T') {
            return LocalDateTime.parse(t).toLocalTime();
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            throw new ValueException("'" + text + "' is not a time of day", "write it as HH:MM, e.g. 18:30 or 6:30 PM");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(4) != null) {
            boolean pm = Character.toLowerCase(m.group(4).charAt(0)) == 'p';
            if (hour < 1 || hour > 12) {
                throw new ValueException("'" + text + "' is not a time of day", "with AM/PM the hour is 1 to 12");
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new ValueException("'" + text + "' is not a time of day", "hours run 0–23 and minutes 0–59, e.g. 18:30");
        }
        return LocalTime.of(hour, minute, second);
    }

    // ---- yes/no ----------------------------------------------------------------------------------------------

    /** Yes/no in English or German, 1/0, x; null when empty; a non-boolean text is returned as NO_BOOLEAN. */
    public Boolean yesNo(String text) {
        String t = clean(text);
        if (t == null) {
            return null;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "ja", "j", "true", "wahr", "x", "1" -> Boolean.TRUE;
            case "no", "n", "nein", "false", "falsch", "0", "none", "keine" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The text of a cell, or null when it is empty or a missing-value placeholder ("--", "-", "n/a"). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.equals("--") || t.equals("-") || t.equalsIgnoreCase("n/a") || t.equalsIgnoreCase("na")) {
            return null;
        }
        return t;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    private ValueException notANumber(String text) {
        return new ValueException("'" + text + "' is not a number",
                "write a number such as " + (decimal == ',' ? "12,5" : "12.5") + " without letters");
    }

    private ValueException badDuration(String text) {
        return new ValueException("'" + text + "' is not a duration", "write minutes (52) or h:mm:ss (0:52:00)");
    }

    private ValueException badDate(String text) {
        return new ValueException("'" + text + "' is not a date", "write it as " + datePattern + " or YYYY-MM-DD");
    }
}
