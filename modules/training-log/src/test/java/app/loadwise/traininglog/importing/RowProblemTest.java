package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowProblemTest {

    @Test
    void aColumnIsPlacedByItsLetterInASheetAndByItsPositionInCsv() {
        assertThat(RowProblem.columnRef("Sessions", 0)).isEqualTo("A");
        assertThat(RowProblem.columnRef("Sessions", 3)).isEqualTo("D");
        assertThat(RowProblem.columnRef("Sessions", 25)).isEqualTo("Z");
        assertThat(RowProblem.columnRef("Sessions", 26)).isEqualTo("AA");
        assertThat(RowProblem.columnRef("Sessions", 27)).isEqualTo("AB");
        assertThat(RowProblem.columnRef("Sessions", 701)).isEqualTo("ZZ");
        assertThat(RowProblem.columnRef("Sessions", 702)).isEqualTo("AAA");
        assertThat(RowProblem.columnRef("Sessions", 16383)).isEqualTo("XFD");
        assertThat(RowProblem.columnRef(null, 3)).isEqualTo("4");
        assertThat(RowProblem.columnRef(null, null)).isNull();
    }

    @Test
    void describeNamesTheColumnByItsPlaceAndHeader() {
        assertThat(new RowProblem("Sessions", 12, "RPE", "x", "'x' is not a number", "write 0–10", "D").describe())
                .isEqualTo("Sessions row 12, column D 'RPE' ('x'): 'x' is not a number write 0–10");
        assertThat(new RowProblem(null, 12, "RPE", "x", "'x' is not a number", null, "4").describe())
                .isEqualTo("row 12, column 4 'RPE' ('x'): 'x' is not a number");
        // stored before columns were placed: as before
        assertThat(new RowProblem(null, 12, "RPE", "x", "bad", null).describe()).isEqualTo("row 12, column 'RPE' ('x'): bad");
    }
}
