package app.loadwise.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void namesEveryCauseWithItsMessage() {
        Exception failure = new IOException(" sending failed ", new ConnectException("Connection refused"));
        assertThat(FailureText.describe(failure)).isEqualTo("IOException sending failed: ConnectException Connection refused");
        assertThat(FailureText.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void stopsAfterAboutFifteenHundredCharacters() {
        Exception failure = new RuntimeException("x".repeat(1000));
        for (int i = 0; i < 5; i++) {
            failure = new RuntimeException("y".repeat(1000), failure);
        }
        assertThat(FailureText.describe(failure)).hasSizeLessThan(2600).startsWith("RuntimeException yyy");
    }

    @Test
    void takesClassNamesAndServerPathsOutOfALibrarysMessage() {
        assertThat(FailureText.withoutInternals("Can't open the specified file: './data/imports/receiving-1f3e.part'"))
                .isEqualTo("Can't open the specified file: the file");
        assertThat(FailureText.withoutInternals("java.io.IOException: (line 2) invalid char between encapsulated token"))
                .isEqualTo("(line 2) invalid char between encapsulated token");
        assertThat(FailureText.withoutInternals("cannot read /var/lib/loadwise/imports/7.upload (No such file)"))
                .isEqualTo("cannot read the file (No such file)");
        assertThat(FailureText.withoutInternals("Text '2026-02-30' could not be parsed: Invalid date 'FEBRUARY 30'"))
                .isEqualTo("Text '2026-02-30' could not be parsed: Invalid date 'FEBRUARY 30'");
        assertThat(FailureText.withoutInternals("Package should contain a content type part [M1.13]"))
                .isEqualTo("Package should contain a content type part [M1.13]");
        assertThat(FailureText.withoutInternals("12.5 km/h, e.g. 3.5")).isEqualTo("12.5 km/h, e.g. 3.5");
        assertThat(FailureText.withoutInternals(null)).isNull();
    }
}
