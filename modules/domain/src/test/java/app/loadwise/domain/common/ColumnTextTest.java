package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnTextTest {

    @Test
    void cutsOnlyWhatDoesNotFit() {
        assertThat(ColumnText.clip("abcdef", 6)).isEqualTo("abcdef");
        assertThat(ColumnText.clip("abcdefg", 6)).isEqualTo("abcdef");
        assertThat(ColumnText.clip(null, 6)).isNull();
        assertThat(ColumnText.clipMarked("abcdefg", 6)).isEqualTo("abcde…");
        assertThat(ColumnText.clipMarked("abcdef", 6)).isEqualTo("abcdef");
    }

    @Test
    void neverLeavesHalfACharacter() {
        String smiley = "\uD83D\uDE00";
        assertThat(ColumnText.clip("abcde" + smiley, 6)).isEqualTo("abcde");
        assertThat(ColumnText.clip("abcd" + smiley + "x", 6)).isEqualTo("abcd" + smiley);
        assertThat(ColumnText.clipMarked("abcd" + smiley + "xyz", 6)).isEqualTo("abcd…");
        assertThat(PlainText.accepted(ColumnText.clip(smiley.repeat(200), 255))).isTrue();
    }
}
