package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Wellness check-in form exports (Google Forms, Microsoft Forms) saved as "CSV UTF-8": a byte order mark, CRLF line
 * ends, question texts as headers and the form's timestamp as the date, read in the column's own order. Fixtures
 * are built here; the stored entries are checked on PostgreSQL and H2.
 */
class ImportFormExportsIT {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private ImportHarness harness;
    private long club;
    private long ada;
    private long ben;

    /** A day-first (en-GB) club, so a month-first form column has to be recognised as such. */
    private void open(Kind kind) {
        harness = new ImportHarness(TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind)),
                new ImportSettings(dir, 20L * 1024 * 1024, 1_048_576, 512, 10L * 1024 * 1024, 2));
        club = harness.club(Locale.UK);
        ada = harness.athlete(club, "LS-001", "Ada Okafor");
        ben = harness.athlete(club, "LS-002", "Ben Meyer");
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    /** "CSV UTF-8" as Excel and the form tools save it: BOM first, CRLF after every line. */
    static byte[] csvUtf8(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        for (String line : lines) {
            out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private ImportView upload(String name, byte[] content) {
        return harness.service(s -> s.uploads().upload(new UploadRequest(club, null, name, false, "coach@club"), new ByteArrayInputStream(content)));
    }

    private List<RowProblem> errors(ImportView view) {
        return harness.service(s -> s.uploads().errors(view.id(), PageRequest.of(0, 100)).items());
    }

    private Optional<WellnessDetails> wellness(long athlete, LocalDate date) {
        return harness.tx(em -> new WellnessRepository(em).on(athlete, date).map(WellnessEntry::details));
    }

    private long wellnessEntries(long athlete) {
        return harness.tx(em -> new WellnessRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 1)).total());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aGoogleFormsExportBecomesWellnessEntriesDatedMonthFirst(Kind kind) {
        open(kind);
        byte[] file = csvUtf8(
                "Timestamp,Your name,How many hours did you sleep?,Morning resting heart rate,How fatigued do you feel?,Any pain? Where?",
                "2/14/2026 7:31:05,Ada Okafor,7.5,48,3,",
                // ambiguous alone (3 February in this day-first club), but the column is month first: 2 March
                "03/02/2026 6:58:01,Ben Meyer,6,55,5,\"left Achilles, sore on stairs\"",
                "3/3/2026 22:10:45,Ada Okafor,8,47,2,none really");
        ImportView checked = upload("Wellness check-in (Responses).csv", file);
        assertThat(errors(checked)).isEmpty();
        assertThat(checked.format()).isEqualTo("wellness-form");
        assertThat(checked.counts().total()).isEqualTo(3);
        assertThat(checked.counts().valid()).isEqualTo(3);
        assertThat(checked.ignoredColumns()).allSatisfy(c -> assertThat(c.columns()).isEmpty());
        assertThat(checked.warnings()).anySatisfy(w -> assertThat(w.message()).contains("Timestamp").containsIgnoringCase("month first"));

        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(committed.status()).isEqualTo(ImportView.Status.COMMITTED);
        LocalDate feb14 = LocalDate.of(2026, 2, 14);
        LocalDate mar2 = LocalDate.of(2026, 3, 2);
        LocalDate mar3 = LocalDate.of(2026, 3, 3);
        assertThat(wellness(ada, feb14)).contains(new WellnessDetails(feb14, 7.5, null, 48, null, 3, null, null, null, null));
        assertThat(wellness(ben, mar2)).contains(new WellnessDetails(mar2, 6.0, null, 55, null, 5, null, null, null,
                "left Achilles, sore on stairs"));
        assertThat(wellness(ben, LocalDate.of(2026, 2, 3))).isEmpty();
        assertThat(wellness(ada, mar3)).contains(new WellnessDetails(mar3, 8.0, null, 47, null, 2, null, null, null, "none really"));
        assertThat(wellnessEntries(ada)).isEqualTo(2);
        assertThat(wellnessEntries(ben)).isEqualTo(1);

        // the same export again (the form keeps all earlier answers) changes nothing
        ImportView again = upload("Wellness check-in (Responses).csv", file);
        assertThat(again.counts().duplicates()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMicrosoftFormsExportIsDatedByItsCompletionTimeWithTwoDigitYears(Kind kind) {
        open(kind);
        byte[] file = csvUtf8(
                "ID,Start time,Completion time,Email,Member ID,Hours of sleep last night,Resting HR this morning (bpm),How fatigued do you feel?,Any pain? Where?",
                "1,2/27/26 23:58:10,2/28/26 0:01:05,ada@club.example,LS-001,7,49,4,right calf",
                "2,3/1/26 7:31:05,3/1/26 7:33:40,ben@club.example,LS-002,\"6,5\",56,3,");
        ImportView checked = upload("Morning check-in.csv", file);
        assertThat(errors(checked)).isEmpty();
        assertThat(checked.format()).isEqualTo("wellness-form");
        assertThat(checked.counts().valid()).isEqualTo(2);
        assertThat(checked.ignoredColumns()).flatExtracting(ImportView.IgnoredColumns::columns)
                .containsExactly("ID", "Start time", "Email");

        harness.service(s -> s.commits().commit(checked.id(), false));
        LocalDate feb28 = LocalDate.of(2026, 2, 28);
        LocalDate mar1 = LocalDate.of(2026, 3, 1);
        // the completion time, not the start time, dates the answer
        assertThat(wellness(ada, LocalDate.of(2026, 2, 27))).isEmpty();
        assertThat(wellness(ada, feb28)).contains(new WellnessDetails(feb28, 7.0, null, 49, null, 4, null, null, null, "right calf"));
        assertThat(wellness(ben, mar1)).contains(new WellnessDetails(mar1, 6.5, null, 56, null, 3, null, null, null, null));
    }

    @Test
    void aFormTimestampColumnMixingBothOrdersIsAnErrorOnItsDates() {
        open(Kind.H2);
        byte[] file = csvUtf8(
                "Timestamp,Name,Hours of sleep,Morning HR",
                "2/14/2026 7:31:05,Ada Okafor,7.5,48",
                "14/02/2026 7:40:00,Ben Meyer,6,55");
        ImportView checked = upload("form.csv", file);
        assertThat(checked.counts().invalid()).isEqualTo(2);
        assertThat(errors(checked)).extracting(RowProblem::column).containsOnly("Timestamp");
        assertThat(errors(checked).get(0).problem()).contains("mixes dates");
    }
}
