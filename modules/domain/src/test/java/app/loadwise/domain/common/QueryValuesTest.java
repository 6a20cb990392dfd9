package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryValuesTest {

    @Test
    void readsValuesAndTreatsBlankAsAbsent() {
        assertThat(QueryValues.date(" 2026-03-02 ", "from")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(QueryValues.instant("2026-03-02", "from")).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(QueryValues.instant("2026-03-02T06:30:00Z", "from")).isEqualTo(Instant.parse("2026-03-02T06:30:00Z"));
        assertThat(QueryValues.integer("12", "size")).isEqualTo(12);
        assertThat(QueryValues.id("9007199254740993", "clubId")).isEqualTo(9007199254740993L);
        assertThat(QueryValues.bool("TRUE", "active")).isTrue();
        assertThat(QueryValues.date(" ", "from")).isNull();
        assertThat(QueryValues.page(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(QueryValues.page("", "")).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(QueryValues.integer("007", "page")).isEqualTo(7);
    }

    @ParameterizedTest(name = "page=''{0}''")
    @ValueSource(strings = {"+1", " 1", "1 ", "\u0661", "\uFF11", "1.0", "1e2", "0x1", "--1", "-", " ", "\u0000"})
    void acceptsOnlyPlainAsciiDigitsForNumbers(String escaped) {
        String value = unescape(escaped);
        assertThatThrownBy(() -> QueryValues.page(value, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("page must be a whole number");
        assertThatThrownBy(() -> QueryValues.id(value, "clubId")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clubId must be an id");
    }

    @Test
    void refusesNumbersOutOfRangeAndPagesPastTheLargestOffset() {
        assertThatThrownBy(() -> QueryValues.integer("2147483648", "size")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("size is out of range");
        assertThatThrownBy(() -> QueryValues.id("99999999999999999999", "clubId")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("clubId is out of range");
        assertThatThrownBy(() -> QueryValues.page("-1", null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("page must be 0 or more");
        assertThatThrownBy(() -> QueryValues.page("2147483647", "500")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("page is too large").extracting(e -> ((InvalidValueException) e).field()).isEqualTo("page");
        assertThat(QueryValues.page("4294966", "500").offset()).isEqualTo(2_147_483_000);
    }

    private static String unescape(String text) {
        return text.contains("\\u") ? String.valueOf((char) Integer.parseInt(text.substring(text.indexOf("\\u") + 2), 16)) : text;
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"from,02.03.2026,date", "size,ten,integer", "clubId,12a,id", "active,yes,bool", "from,yesterday,instant"})
    void namesTheParameterOfABadValue(String name, String value, String kind) {
        assertThatThrownBy(() -> {
            switch (kind) {
                case "date" -> QueryValues.date(value, name);
                case "integer" -> QueryValues.integer(value, name);
                case "id" -> QueryValues.id(value, name);
                case "bool" -> QueryValues.bool(value, name);
                default -> QueryValues.instant(value, name);
            }
        }).isInstanceOf(InvalidValueException.class).hasMessageContaining(name).hasMessageContaining(value)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(name);
    }
}
