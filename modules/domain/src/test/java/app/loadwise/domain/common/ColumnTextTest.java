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
}
