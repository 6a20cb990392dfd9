package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
