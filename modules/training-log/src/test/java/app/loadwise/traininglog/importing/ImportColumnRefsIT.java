package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every error and warning places its column: by its letter in an .xlsx sheet, by its position in a CSV file, beside
 * the header as written. The errors are read back as stored (PostgreSQL and H2); fixtures are built here.
 */
class ImportColumnRefsIT {

    @TempDir
    Path dir;

    private ImportHarness harness;
    private long club;

    private void open(Kind kind) {
        harness = new ImportHarness(TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind)),
                new ImportSettings(dir, 20L * 1024 * 1024, 1_048_576, 512, 10L * 1024 * 1024, 2));
        club = harness.club(Locale.UK);
        harness.athlete(club, "LS-001", "Ada Okafor");
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private ImportView upload(String name, byte[] content) {
        return harness.service(s -> s.uploads().upload(new UploadRequest(club, null, name, false, "coach@club"), new ByteArrayInputStream(content)));
    }

    private List<RowProblem> errors(ImportView view) {
        return harness.service(s -> s.uploads().errors(view.id(), PageRequest.of(0, 100)).items());
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void errorsAndWarningsOfAWorkbookNameTheColumnLetter(Kind kind) {
        open(kind);
        byte[] file = ImportNoValueLeftBehindIT.workbook(Map.of("Training", List.of(
                row("Member ID", "Date", "Type", "Time", "RPE", "Shoe"),
                row("LS-001", "2026-03-02", "easy", "40", 6.5, "Pegasus"),
                row("LS-001", "2026-02-30", "easy", "40", 5, null),
                row("LS-001", "2026-03-03", "easy", "forty", 5, null),
                row("LS-404", "2026-03-04", "easy", "35", 4, null),
                row("LS-001", "2026-03-05", "long", "400", 5, null))));
        ImportView checked = upload("club.xlsx", file);
        assertThat(checked.counts().invalid()).isEqualTo(3);
        // the stored errors, as GET /imports/{id}/errors answers them
        List<RowProblem> errors = errors(checked);
        assertThat(errors).extracting(RowProblem::sheet, RowProblem::row, RowProblem::column, RowProblem::columnRef)
                .containsExactly(tuple("Training", 3, "Date", "B"), tuple("Training", 4, "Time", "D"),
                        tuple("Training", 5, "Member ID", "A"));
        assertThat(errors.get(1).value()).isEqualTo("forty");
        assertThat(checked.warnings()).extracting(ImportView.RowWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("ignored columns: column F 'Shoe'."))
                .anySatisfy(m -> assertThat(m).startsWith("RPE 6.5 (column E 'RPE') rounded to 7"))
                .anySatisfy(m -> assertThat(m).startsWith("the session lasts over 6 hours (400 min, column D 'Time')"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void errorsFoundAgainstTheRosterAndOtherRowsNameTheColumnLetterToo(Kind kind) {
        open(kind);
        byte[] file = ImportNoValueLeftBehindIT.workbook(Map.of("Wellness", List.of(
                row("Date", "Comment", "Name", "Sleep (h)", "Fatigue"),
                row("2026-03-02", null, "Ada Okafor", 7.5, 3),
                row("2026-03-02", null, "Ada Okafor", 7.5, 5),
                row("2026-03-03", null, "Ada Okafr", 8, 2))));
        ImportView checked = upload("wellness.xlsx", file);
        List<RowProblem> errors = errors(checked);
        assertThat(errors).extracting(RowProblem::row, RowProblem::column, RowProblem::columnRef)
                .containsExactlyInAnyOrder(tuple(3, "Fatigue", "E"), tuple(4, "Name", "C"));
        assertThat(errors).filteredOn(p -> p.row() == 4).singleElement()
                .satisfies(p -> {
                    assertThat(p.value()).isEqualTo("Ada Okafr");
                    assertThat(p.problem()).startsWith("no athlete called");
                });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void errorsAndWarningsOfACsvFileNameTheColumnPosition(Kind kind) {
        open(kind);
        String csv = """
                Member ID,Date,Type,Time,RPE,Shoe
                LS-001,2026-03-02,easy,40,,Pegasus
                LS-001,2026-03-03,easy,forty,5,
                LS-404,2026-03-04,easy,35,4,
                """;
        ImportView checked = upload("log.csv", csv.getBytes(StandardCharsets.UTF_8));
        List<RowProblem> errors = errors(checked);
        assertThat(errors).extracting(RowProblem::sheet, RowProblem::row, RowProblem::column, RowProblem::value, RowProblem::columnRef)
                .containsExactly(tuple(null, 3, "Time", "forty", "4"), tuple(null, 4, "Member ID", "LS-404", "1"));
        assertThat(checked.warnings()).extracting(ImportView.RowWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("ignored columns: column 6 'Shoe'."))
                .anySatisfy(m -> assertThat(m).startsWith("RPE is missing (column 5 'RPE' is empty)"));
    }
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDomainRulesMessageNamesTheColumnsAsTheFileHeadsThem(Kind kind) {
        open(kind);
        ImportView sessions = upload("log.csv", """
                Member ID,Date,Type,Time,Elapsed,Avg HR,Max HR
                LS-001,2026-03-02,easy,2000,,,
                LS-001,2026-03-03,easy,60,50,,
                LS-001,2026-03-04,easy,40,,170,150
                """.getBytes(StandardCharsets.UTF_8));
        List<RowProblem> errors = errors(sessions);
        assertThat(errors).extracting(RowProblem::row, RowProblem::column, RowProblem::columnRef)
                .containsExactly(tuple(2, "Time", "4"), tuple(3, "Elapsed", "5"), tuple(4, "Avg HR", "6"));
        assertThat(errors.get(0).problem()).isEqualTo("'Time' must be between 0 and 1440");
        assertThat(errors.get(1).problem()).startsWith("'Elapsed' (50").contains("must not be shorter than 'Time' (60");
        assertThat(errors.get(2).problem()).isEqualTo("'Avg HR' must not exceed 'Max HR'");
        assertThat(errors).allSatisfy(p -> assertThat(p.problem()).doesNotContain("minutes").doesNotContain("average HR"));

        ImportView wellness = upload("wellness.csv", """
                Member ID,Date,Morning HR,Fatigue
                LS-001,2026-03-02,300,3
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(errors(wellness)).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Morning HR");
            assertThat(p.problem()).isEqualTo("'Morning HR' must be between 25 and 150 bpm");
        });
    }
}
