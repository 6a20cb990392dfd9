package app.loadwise.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AthleteNamesTest {

    @Test
    void showsOnlyTheFirstName() {
        assertThat(AthleteNames.first("Ada Okafor")).isEqualTo("Ada");
        assertThat(AthleteNames.first("  Ben  ")).isEqualTo("Ben");
        assertThat(AthleteNames.first("Mary Ann Lee")).isEqualTo("Mary");
    }
}
