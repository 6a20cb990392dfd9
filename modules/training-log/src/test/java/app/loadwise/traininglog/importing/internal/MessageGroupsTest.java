package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.RowProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageGroupsTest {

    @Test
    void aWarningRepeatedOnEveryRowIsSaidOnceAndTheUnusualOneStandsApart() {
        MessageGroups groups = new MessageGroups();
        for (int row = 2; row <= 35; row++) {
            groups.warning(null, row, "RPE is missing (column 5 'RPE' is empty); the session's load will be estimated from heart rate or type");
            if (row == 17) {
                groups.warning(null, row, "the session lasts over 6 hours (400 min, column 4 'Time'); check the duration unit");
            }
        }
        List<ImportView.MessageGroup> all = groups.groups();
        assertThat(all).hasSize(2);
        ImportView.MessageGroup rpe = all.get(0);
        assertThat(rpe.severity()).isEqualTo("warning");
        assertThat(rpe.count()).isEqualTo(34);
        assertThat(rpe.rows()).hasSize(34).startsWith(2, 3).endsWith(35);
        assertThat(rpe.rowsText()).isEqualTo("2–35");
        assertThat(rpe.summary()).isEqualTo("34 rows (2–35): RPE is missing (column 5 'RPE' is empty); the session's load will be "
                + "estimated from heart rate or type");
        ImportView.MessageGroup odd = all.get(1);
        assertThat(odd.count()).isEqualTo(1);
        assertThat(odd.summary()).isEqualTo("row 17: the session lasts over 6 hours (400 min, column 4 'Time'); check the duration unit");
    }

    @Test
    void errorsOfOneKindInOneColumnAreOneGroupWhateverTheirValues() {
        MessageGroups groups = new MessageGroups();
        groups.error(new RowProblem("Sessions", 4, "Date", "30.02.2026", "'30.02.2026' is not a date in the calendar (February 2026 has 28 days)",
                "check day and month", "B"));
        groups.error(new RowProblem("Sessions", 5, "Date", "31.04.2026", "'31.04.2026' is not a date in the calendar (April 2026 has 30 days)",
                "check day and month", "B"));
        groups.error(new RowProblem("Sessions", 9, "Date", "30.02.2026", "'30.02.2026' is not a date in the calendar (February 2026 has 28 days)",
                "check day and month", "B"));
        groups.error(new RowProblem("Sessions", 6, "RPE", "12", "12 is above 10", "RPE is 0–10", "E"));
        groups.warning("Sessions", 3, "RPE 6.5 (column E 'RPE') rounded to 7 (whole numbers on the CR-10 scale)");
        groups.note("Sessions", 8, "totals row skipped ('Total' in column A 'Date'): its values are not imported");

        List<ImportView.MessageGroup> all = groups.groups();
        assertThat(all).extracting(ImportView.MessageGroup::severity).containsExactly("error", "error", "warning", "note");
        ImportView.MessageGroup dates = all.get(0);
        assertThat(dates.count()).isEqualTo(3);
        assertThat(dates.columnRef()).isEqualTo("B");
        assertThat(dates.rowsText()).isEqualTo("4, 5, 9");
        assertThat(dates.summary()).isEqualTo("3 rows of Sessions (4, 5, 9), column B 'Date': e.g. row 4: '30.02.2026' is not a date in "
                + "the calendar (February 2026 has 28 days); check day and month");
        assertThat(all.get(1).summary()).isEqualTo("Sessions row 6, column E 'RPE': 12 is above 10; RPE is 0–10");
    }

    @Test
    void differentProblemsInTheSameColumnStaySeparate() {
        MessageGroups groups = new MessageGroups();
        groups.error(new RowProblem(null, 2, "RPE", "12", "12 is above 10", "RPE is 0–10", "5"));
        groups.error(new RowProblem(null, 3, "RPE", "hard", "'hard' is not a number", "write RPE as 0–10", "5"));
        assertThat(groups.groups()).hasSize(2);
    }

    @Test
    void writesRunsOfRowsAsRangesAndSaysWhenRowsWereLeftOut() {
        assertThat(MessageGroups.rowsText(List.of(2, 3, 4, 5, 9, 10, 12), 7)).isEqualTo("2–5, 9, 10, 12");
        assertThat(MessageGroups.rowsText(List.of(2, 3), 5)).isEqualTo("2, 3, …");
    }

    @Test
    void keepsAtMostAThousandRowsPerGroupButCountsThemAll() {
        MessageGroups groups = new MessageGroups();
        for (int row = 2; row < 5_002; row++) {
            groups.warning(null, row, "RPE is missing");
        }
        ImportView.MessageGroup group = groups.groups().get(0);
        assertThat(group.count()).isEqualTo(5_000);
        assertThat(group.rows()).hasSize(MessageGroups.MAX_ROWS);
        assertThat(group.rowsText()).isEqualTo("2–1001, …");
    }
}
