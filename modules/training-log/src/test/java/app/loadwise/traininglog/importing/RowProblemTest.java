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
    void aColumnIsNamedByItsPlaceAndHeader() {
        assertThat(RowProblem.columnText("D", "RPE")).isEqualTo("column D 'RPE'");
        assertThat(RowProblem.columnText("4", "RPE")).isEqualTo("column 4 'RPE'");
        // stored before columns were placed
        assertThat(RowProblem.columnText(null, "RPE")).isEqualTo("column 'RPE'");
        assertThat(RowProblem.columnText("D", null)).isNull();
    }
}
