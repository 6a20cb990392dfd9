package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class BulkImportsTest {

    @Test
    void writesNumbersPlainAndThoseThatAreNotFiniteAsTheyAre() {
        assertThat(BulkImports.text(52.0)).isEqualTo("52");
        assertThat(BulkImports.text(11.25)).isEqualTo("11.25");
        assertThat(BulkImports.text(1.234)).isEqualTo("1.2340");
        assertThat(BulkImports.text(Double.NaN)).isEqualTo("NaN");
        assertThat(BulkImports.text(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(BulkImports.text(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(BulkImports.text(null)).isEmpty();
    }

    @Test
    void refusesAFileNameWithControlCharactersOrHalfACharacter() {
        assertThatThrownBy(() -> new UploadRequest(1, null, "march\u0000.csv", false, "anna"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("U+0000")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("file");
        assertThatThrownBy(() -> new UploadRequest(1, null, "\uD83D.csv", false, "anna"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("surrogate");
        assertThat(new UploadRequest(1, null, " \uD83D\uDE00.csv ", false, "anna").fileName()).isEqualTo("\uD83D\uDE00.csv");
        assertThat(new UploadRequest(1, null, "x".repeat(254) + "\uD83D\uDE00", false, "anna").fileName()).hasSize(254);
    }
}
