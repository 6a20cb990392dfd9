package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date that is not in the calendar is explained in words, never with the date library's message. */
class CalendarProblemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "30.02.2026 | '30.02.2026' is not a date in the calendar (February 2026 has 28 days)",
            "29.02.2028 | ",
            "31.04.2026 | '31.04.2026' is not a date in the calendar (April 2026 has 30 days)",
            "12.13.2026 | '12.13.2026' is not a date in the calendar (there is no month 13)",
            "00.03.2026 | '00.03.2026' is not a date in the calendar (days are counted from 1)"})
    void explainsWhyADateIsNotInTheCalendar(String text, String problem) {
        ValueParser values = new ValueParser(Locale.GERMANY, null);
        if (problem == null) {
            assertThat(values.date(text, false)).hasToString("2028-02-29");
            return;
        }
        assertThatThrownBy(() -> values.date(text, false)).isInstanceOf(ValueException.class).hasMessage(problem)
                .message().doesNotContain("FEBRUARY").doesNotContain("Invalid");
    }
}
