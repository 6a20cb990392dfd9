package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentPageAndSizeAreTheFirstPageOfTheDefaultSize() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
    }

    @Test
    void refusesPagesPastTheLargestOffset() {
        assertThatThrownBy(() -> PageRequest.of(-1, null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("page must be 0 or more");
        assertThatThrownBy(() -> PageRequest.of(Integer.MAX_VALUE, 500)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("page is too large").extracting(e -> ((InvalidValueException) e).field()).isEqualTo("page");
        assertThat(PageRequest.of(4_294_966, 500).offset()).isEqualTo(2_147_483_000);
    }
}
