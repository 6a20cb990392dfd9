package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void acceptsTextWithTabsLineBreaksAndWholeCharactersOfEveryScript() {
        assertThat(PlainText.accepted("Ada Okafor\tRH-014\r\nline two\n")).isTrue();
        assertThat(PlainText.accepted("Ærø 東京 مرحبا \uD83D\uDE00 \u00A0\u200B")).isTrue();
        assertThat(PlainText.accepted("")).isTrue();
        assertThat(PlainText.accepted(null)).isTrue();
        assertThat(PlainText.problem("name", "Ada")).isNull();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0001", "0008", "000B", "000C", "001B", "001F", "007F", "0085", "009F"})
    void refusesControlCharacters(String hex) {
        String text = "ab" + (char) Integer.parseInt(hex, 16) + "c";
        assertThat(PlainText.refusedAt(text)).isEqualTo(2);
        assertThat(PlainText.problem("notes", text))
                .isEqualTo("notes must not contain control characters (U+" + hex + " at position 3); only tab and line breaks are allowed");
    }

    @Test
    void refusesHalvesOfSurrogatePairs() {
        assertThat(PlainText.refusedAt("x\uD83D")).isEqualTo(1);
        assertThat(PlainText.refusedAt("\uDE00x")).isZero();
        assertThat(PlainText.refusedAt("\uD83D\uD83D\uDE00")).isZero();
        assertThat(PlainText.problem("name", "ok\uD800")).isEqualTo(
                "name contains half of a surrogate pair (U+D800 at position 3); send whole characters in UTF-8");
    }

    @Test
    void replacesWhatItRefusesForTextThatIsOnlyShown() {
        assertThat(PlainText.replaceRefused("a\u0000b\uD800c\uD83D\uDE00\td")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00\td");
        assertThat(PlainText.replaceRefused("plain")).isSameAs("plain");
    }
}
