package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    private static final ValueParser GERMAN = new ValueParser(Locale.GERMANY, null);
    private static final ValueParser BRITISH = new ValueParser(Locale.UK, null);
    private static final ValueParser AMERICAN = new ValueParser(Locale.US, null);

    private static ValueParser of(String locale) {
        return switch (locale) {
            case "de" -> GERMAN;
            case "gb" -> BRITISH;
            default -> AMERICAN;
        };
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
            "de | 12,5      | 12.5",
            "de | 1.020     | 1020",
            "de | 1.020,5   | 1020.5",
            "de | 12.5      | 12.5",
            "us | 1,020     | 1020",
            "us | 12,5      | 12.5",
            "us | 1,020.25  | 1020.25",
            "us | 12.345    | 12.345",
            "us | -3        | -3",
            "de | 1 234,5   | 1234.5"})
    void readsNumbersWithTheClubsSeparators(String locale, String text, double expected) {
        assertThat(of(locale).number(text, false)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' is missing")
    @CsvSource({"--", "-", "n/a", "'  '"})
    void readsPlaceholdersAsMissing(String text) {
        assertThat(AMERICAN.number(text, false)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity"})
    void rejectsNumbersThatAreNotFinite(String text) {
        assertThatThrownBy(() -> AMERICAN.number(text, false)).isInstanceOf(ValueException.class);
    }

    @Test
    void rejectsLettersInANumberSayingHowToWriteIt() {
        assertThatThrownBy(() -> GERMAN.number("zwölf", false))
                .isInstanceOf(ValueException.class).hasMessageContaining("not a number")
                .extracting(e -> ((ValueException) e).fix()).asString().contains("12,5");
    }

    @ParameterizedTest(name = "''{0}'' ({1}) is {2} min")
    @CsvSource(delimiter = '|', value = {
            "52        | min | 52",
            "52.5      |     | 52.5",
            "1:02:03   |     | 62.05",
            "00:45:12.3|     | 45.205",
            "1:30      |     | 90",
            "1h 30m    |     | 90",
            "1h30      |     | 90",
            "90 min    |     | 90",
            "1.5       | h   | 90",
            "3138      | s   | 52.3"})
    void readsDurations(String text, String unit, double minutes) {
        assertThat(AMERICAN.minutes(text, false, unit)).isCloseTo(minutes, org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest(name = "''{0}'' is not a duration")
    @CsvSource({"fast", "1:75", "1:20:61"})
    void rejectsBadDurations(String text) {
        assertThatThrownBy(() -> AMERICAN.minutes(text, false, null)).isInstanceOf(ValueException.class)
                .hasMessageContaining("not a duration");
    }

    @ParameterizedTest(name = "''{0}'' ({1}) is {2} km")
    @CsvSource(delimiter = '|', value = {
            "10.5     |    | 10.5",
            "6.2 mi   |    | 9.978",
            "800 m    |    | 0.8",
            "6.2      | mi | 9.978",
            "10510.0  | m  | 10.51",
            "12 km    |    | 12"})
    void readsDistances(String text, String unit, double km) {
        assertThat(AMERICAN.kilometres(text, false, unit)).isCloseTo(km, org.assertj.core.data.Offset.offset(0.001));
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "de | 02.03.2026              | 2026-03-02T00:00",
            "de | 2.3.26                  | 2026-03-02T00:00",
            "gb | 02/03/2026              | 2026-03-02T00:00",
            "us | 03/02/2026              | 2026-03-02T00:00",
            "us | 2026-03-02              | 2026-03-02T00:00",
            "us | 2025-02-06 17:06:03     | 2025-02-06T17:06:03",
            "us | 'Oct 7, 2020, 2:43:11 PM' | 2020-10-07T14:43:11",
            "us | 2026/03/02 7:15:32 AM GMT+1 | 2026-03-02T07:15:32",
            "us | 46083                   | 2026-03-02T00:00",
            "de | 02.03.2026 18:30        | 2026-03-02T18:30"})
    void readsDatesInTheClubsOrderIsoAndExcelSerials(String locale, String text, LocalDateTime expected) {
        assertThat(of(locale).dateTime(text, false)).isEqualTo(expected);
    }

    @Test
    void readsTypedCellsCanonically() {
        assertThat(GERMAN.number("12.5", true)).isEqualTo(12.5);
        assertThat(GERMAN.date("2026-03-02", true)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(GERMAN.time("0.75", true)).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void rejectsAnImpossibleDateNamingTheClubsFormat() {
        assertThatThrownBy(() -> GERMAN.date("30.02.2026", false)).isInstanceOf(ValueException.class)
                .hasMessageContaining("not a date in the calendar")
                .extracting(e -> ((ValueException) e).fix()).asString().contains("DD.MM.YYYY");
        assertThatThrownBy(() -> AMERICAN.date("yesterday", false)).hasMessageContaining("not a date");
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"18:30, 18:30", "6:30 PM, 18:30", "6:30 am, 06:30", "18.30, 18:30", "07:05:09, 07:05:09", "12:00 AM, 00:00"})
    void readsTimesOfDay(String text, LocalTime expected) {
        assertThat(AMERICAN.time(text, false)).isEqualTo(expected);
    }

    @Test
    void rejectsAnImpossibleTime() {
        assertThatThrownBy(() -> AMERICAN.time("25:10", false)).hasMessageContaining("not a time of day");
        assertThatThrownBy(() -> AMERICAN.time("13:10 PM", false)).hasMessageContaining("not a time of day");
    }

    @Test
    void readsSleepInHoursMinutesOrSeconds() {
        assertThat(GERMAN.hours("7,5", false, null)).isEqualTo(7.5);
        assertThat(GERMAN.hours("7:30", false, null)).isEqualTo(7.5);
        assertThat(GERMAN.hours("7h30", false, null)).isEqualTo(7.5);
        assertThat(GERMAN.hours("27000", false, "s")).isEqualTo(7.5);
    }

    @Test
    void readsHeartRateWithItsUnitAndRpeAsAFraction() {
        assertThat(AMERICAN.wholeWithUnit("145 bpm", false, "bpm")).isEqualTo(145);
        assertThat(AMERICAN.wholeWithUnit("7/10", false)).isEqualTo(7);
    }
}
