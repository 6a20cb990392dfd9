package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.traininglog.importing.BulkRequest.SessionItem;
import app.loadwise.traininglog.importing.BulkRequest.WellnessItem;
import app.loadwise.traininglog.importing.internal.RawRow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkImportsTest {

    @Test
    void buildsAHeaderRowThenOneRowPerItemNumberedAsTheItemsErrorsAreAnswered() {
        List<RawRow> rows = BulkImports.sessionRows(List.of(
                new SessionItem(null, "LS-001", null, LocalDate.of(2026, 3, 2), LocalTime.of(7, 30), "long run", 95.0, null, 18.25,
                        6, null, null, null, null, null, null, null, "left knee", null, null, "felt \"good\", legs heavy\nrained"),
                new SessionItem(null, "LS-002", null, LocalDate.of(2026, 3, 3), null, "=cmd", Double.NaN, null, 1.234, null, null,
                        null, null, null, null, null, true, null, null, null, null)));
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 3);
        assertThat(rows.get(0).cells()).startsWith("Member ID", "Name", "Date", "Start time", "Type", "Moving (min)")
                .contains("Pain", "Notes").hasSize(19);
        RawRow first = rows.get(1);
        assertThat(cell(rows, first, "Member ID")).isEqualTo("LS-001");
        assertThat(cell(rows, first, "Date")).isEqualTo("2026-03-02");
        assertThat(cell(rows, first, "Start time")).isEqualTo("07:30");
        assertThat(cell(rows, first, "Moving (min)")).isEqualTo("95");
        assertThat(cell(rows, first, "Distance (km)")).isEqualTo("18.25");
        assertThat(cell(rows, first, "Pain")).isEqualTo("left knee");
        // text is handed over as sent: no quoting to undo, line breaks and quotes kept
        assertThat(cell(rows, first, "Notes")).isEqualTo("felt \"good\", legs heavy\nrained");
        assertThat(cell(rows, first, "Name")).isEmpty();
        RawRow second = rows.get(2);
        assertThat(cell(rows, second, "Type")).isEqualTo("=cmd");
        assertThat(cell(rows, second, "Moving (min)")).isEqualTo("NaN");
        assertThat(cell(rows, second, "Distance (km)")).isEqualTo("1.2340");
        assertThat(cell(rows, second, "Pain")).isEqualTo("yes");
        assertThat(rows).allSatisfy(row -> assertThat(row.typedMask()).isZero());
    }

    @Test
    void wellnessItemsBecomeRowsOfTheWellnessColumns() {
        List<RawRow> rows = BulkImports.wellnessRows(List.of(new WellnessItem(null, "LS-001", "Ada Okafor", LocalDate.of(2026, 3, 2),
                7.5, 2, 48, 61.0, 3, null, 2, null, "calf")));
        assertThat(rows.get(0).cells()).containsExactly("Member ID", "Name", "Date", "Sleep (h)", "Sleep quality", "Resting HR",
                "HRV", "Fatigue", "Stress", "Mood", "Soreness", "Pain note");
        assertThat(rows.get(1).cells()).containsExactly("LS-001", "Ada Okafor", "2026-03-02", "7.5", "2", "48", "61", "3", "",
                "2", "", "calf");
    }

    @Test
    void theSameItemsHaveTheSameChecksumAndOtherItemsAnother() {
        List<WellnessItem> items = List.of(new WellnessItem(null, "LS-001", null, LocalDate.of(2026, 3, 2), 7.5, null, null,
                null, null, null, null, null, null));
        RawRow.Digest once = RawRow.digest(BulkImports.wellnessRows(items));
        assertThat(RawRow.digest(BulkImports.wellnessRows(items))).isEqualTo(once);
        assertThat(once.checksum()).hasSize(64);
        assertThat(RawRow.digest(BulkImports.wellnessRows(List.of(new WellnessItem(null, "LS-001", null,
                LocalDate.of(2026, 3, 2), 8.0, null, null, null, null, null, null, null, null)))).checksum())
                .isNotEqualTo(once.checksum());
    }

    private static String cell(List<RawRow> rows, RawRow row, String header) {
        return row.cell(rows.get(0).cells().indexOf(header));
    }

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
