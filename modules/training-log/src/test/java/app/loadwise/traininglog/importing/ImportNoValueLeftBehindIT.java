package app.loadwise.traininglog.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.training.TrainingSession;
import app.loadwise.domain.training.TrainingSessionRepository;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "No value left behind": wellness columns on a training sheet, and the other parts of that issue, checked by what
 * the rows become in the database (PostgreSQL and H2), with fixtures built here.
 */
class ImportNoValueLeftBehindIT {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    @TempDir
    Path dir;

    private ImportHarness harness;
    private long club;
    private long ada;
    private long ben;

    /** Chunks of two rows, so a day's values come from rows of different chunks (and transactions) in a commit. */
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

    private ImportView upload(String name, byte[] content) {
        return harness.service(s -> s.uploads().upload(new UploadRequest(club, null, name, false, "coach@club"), new ByteArrayInputStream(content)));
    }

    private ImportView uploadCsv(String content) {
        return upload("log.csv", content.getBytes(StandardCharsets.UTF_8));
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

    private List<TrainingSession> sessions(long athlete) {
        return harness.tx(em -> new TrainingSessionRepository(em).ofAthlete(athlete, DateRange.ALL, PageRequest.of(0, 50)).items());
    }

    /** A workbook of sheets, each a list of rows; numbers are written as numbers, everything else as text. */
    static byte[] workbook(Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    // ---- 1. wellness columns on a session sheet ---------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void wellnessColumnsOfATrainingSheetBecomeOneEntryPerDayMergedWithTheWellnessSheet(Kind kind) {
        open(kind);
        java.util.LinkedHashMap<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Training", List.of(
                row("Member ID", "Date", "Type", "Minutes", "RPE", "Sleep (h)", "Morning HR", "Fatigue", "Soreness"),
                row("LS-001", "2026-03-02", "easy", 40, 3, 7.5, 48, 3, null),
                row("LS-001", "2026-03-02", "strength", 30, 5, null, null, 3, 4),
                row("LS-002", "2026-03-03", "long run", 95, 6, 8, null, null, null),
                row("LS-002", "2026-03-04", "easy", 35, 3, null, null, null, null)));
        sheets.put("Wellness", List.of(
                row("Member ID", "Date", "Sleep (h)", "Stress", "Mood"),
                row("LS-001", "2026-03-02", 7.5, 2, 3),
                row("LS-002", "2026-03-05", 6.5, 4, null)));
        ImportView checked = upload("club.xlsx", workbook(sheets));
        assertThat(checked.counts()).isEqualTo(new ImportView.Counts(6, 6, 0, 0, 0, 0, 0));
        assertThat(checked.preview().get(0).session().type()).isEqualTo("easy");
        assertThat(checked.preview().get(0).wellness()).isEqualTo(new ImportView.WellnessPreview("2026-03-02", 7.5, null, 48, null,
                3, null, null, null, null));
        assertThat(checked.preview().get(3).wellness()).isNull();

        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(committed.status()).isEqualTo(ImportView.Status.COMMITTED);
        assertThat(sessions(ada)).hasSize(2);
        assertThat(sessions(ben)).hasSize(2);
        assertThat(wellnessEntries(ada)).isEqualTo(1);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, 48, null, 3, 2, 3, 4, null));
        assertThat(wellness(ben, MARCH_3)).contains(new WellnessDetails(MARCH_3, 8.0, null, null, null, null, null, null, null, null));
        assertThat(wellness(ben, LocalDate.of(2026, 3, 4))).isEmpty();
        assertThat(wellness(ben, LocalDate.of(2026, 3, 5)))
                .contains(new WellnessDetails(LocalDate.of(2026, 3, 5), 6.5, null, null, null, null, 4, null, null, null));

        // the same file again changes nothing: each row's values are in the day's entry already
        ImportView again = upload("club.xlsx", workbook(sheets));
        assertThat(again.counts()).isEqualTo(new ImportView.Counts(6, 6, 0, 0, 6, 0, 0));
        harness.service(s -> s.commits().commit(again.id(), false));
        assertThat(wellnessEntries(ada)).isEqualTo(1);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, 48, null, 3, 2, 3, 4, null));
        harness.service(s -> s.commits().undo(again.id()));

        ImportView undone = harness.service(s -> s.commits().undo(checked.id()));
        assertThat(undone.status()).isEqualTo(ImportView.Status.UNDONE);
        assertThat(wellnessEntries(ada)).isZero();
        assertThat(sessions(ada)).isEmpty();
    }

    @Test
    void aValueThatDiffersForTheSameAthleteAndDayIsAnErrorOnItsCell() {
        open(Kind.H2);
        java.util.LinkedHashMap<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Training", List.of(
                row("Member ID", "Date", "Type", "Minutes", "Sleep (h)", "Fatigue"),
                row("LS-001", "2026-03-02", "easy", 40, 7.5, 3),
                row("LS-001", "2026-03-02", "strength", 30, null, 5)));
        sheets.put("Wellness", List.of(
                row("Member ID", "Date", "Sleep hours", "Mood"),
                row("LS-001", "2026-03-02", 6, 2)));
        ImportView checked = upload("club.xlsx", workbook(sheets));
        assertThat(checked.counts().invalid()).isEqualTo(2);
        assertThat(errors(checked)).extracting(RowProblem::sheet, RowProblem::row, RowProblem::column, RowProblem::value)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Training", 3, "Fatigue", "5"),
                        org.assertj.core.groups.Tuple.tuple("Wellness", 2, "Sleep hours", "6"));
        RowProblem fatigue = errors(checked).stream().filter(p -> p.row() == 3).findFirst().orElseThrow();
        RowProblem sleep = errors(checked).stream().filter(p -> p.row() == 2).findFirst().orElseThrow();
        assertThat(fatigue.problem()).contains("fatigue 5").contains("differs from 3").contains("Training row 2");
        assertThat(sleep.problem()).contains("sleep 6").contains("differs from 7.5").contains("Training row 2");
        assertThat(sleep.fix()).contains("one wellness entry is kept per athlete and day");

        harness.service(s -> s.commits().commit(checked.id(), true));
        assertThat(sessions(ada)).hasSize(1);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, null, null, 3, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aValueDifferingFromAnEntryAlreadyInTheLogStaysAnErrorOnItsCellAndIsNeverOverwritten(Kind kind) {
        open(kind);
        enteredInTheApp(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, null, null, null, null));
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes,Sleep,Morning HR
                LS-001,2026-03-02,easy,40,7.5,48
                LS-001,2026-03-02,strength,30,6,
                """);
        assertThat(checked.counts().valid()).isEqualTo(1);
        assertThat(errors(checked)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Sleep");
            assertThat(p.value()).isEqualTo("6");
            assertThat(p.problem()).contains("differs from 7.5 in the wellness entry already in the log (entered in the app)");
        });
        harness.service(s -> s.commits().commit(checked.id(), true));
        assertThat(sessions(ada)).hasSize(1);
        assertThat(wellnessEntries(ada)).isEqualTo(1);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, 48, null, null, null, null, null, null));
    }

    /** An entry a coach (or the athlete's check-in) entered in the app. */
    private void enteredInTheApp(WellnessDetails details) {
        harness.tx(em -> new WellnessRepository(em).store(new WellnessEntry(ada, details)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aValueAnEntryAlreadyInTheLogLacksIsAddedToItAndUndoTakesItBackExactly(Kind kind) {
        open(kind);
        enteredInTheApp(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, 2, null, null, null));
        // chunks of two rows: the third row finds the values the first added, in the log
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes,Sleep,Morning HR,Fatigue
                LS-001,2026-03-02,easy,40,7.5,48,
                LS-001,2026-03-02,strength,30,,,4
                LS-001,2026-03-02,tempo,20,,48,4
                """);
        assertThat(checked.counts()).isEqualTo(new ImportView.Counts(3, 3, 0, 0, 0, 0, 0));
        assertThat(checked.warnings()).extracting(ImportView.RowWarning::message)
                .anySatisfy(m -> assertThat(m).contains("resting HR 48 (column 6 'Morning HR') is added to the wellness entry for "
                        + "2026-03-02 already in the log (entered in the app), which had none; undoing this import takes it back"))
                .anySatisfy(m -> assertThat(m).contains("fatigue 4 (column 7 'Fatigue') is added"))
                .noneSatisfy(m -> assertThat(m).contains("not stored"));
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, 2, null, null, null));

        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(committed.status()).isEqualTo(ImportView.Status.COMMITTED);
        assertThat(committed.counts().imported()).isEqualTo(3);
        assertThat(committed.message()).startsWith("2 values were added to wellness entries already in the log");
        assertThat(sessions(ada)).hasSize(3);
        assertThat(wellnessEntries(ada)).isEqualTo(1);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, 48, null, 4, 2, null, null, null));

        ImportView undone = harness.service(s -> s.commits().undo(checked.id()));
        assertThat(undone.status()).isEqualTo(ImportView.Status.UNDONE);
        assertThat(undone.removed()).isEqualTo(3L);
        assertThat(undone.message()).isEqualTo("2 values the import added to wellness entries already in the log were taken back");
        assertThat(sessions(ada)).isEmpty();
        assertThat(wellnessEntries(ada)).isEqualTo(1);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, 2, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aValueAddedToAnEarlierEntryThatDiffersFromOneAnEarlierRowAddedIsAnErrorOnItsCell(Kind kind) {
        open(kind);
        enteredInTheApp(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, null, null, null, null));
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes,Morning HR
                LS-001,2026-03-02,easy,40,48
                LS-001,2026-03-02,strength,30,
                LS-001,2026-03-02,tempo,20,50
                """);
        assertThat(checked.counts().invalid()).isEqualTo(1);
        assertThat(errors(checked)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("Morning HR");
            assertThat(p.value()).isEqualTo("50");
            assertThat(p.problem()).contains("resting HR 50 for 2026-03-02 differs from 48 given for the same athlete and day in row 2");
        });
        assertThatThrownBy(() -> harness.service(s -> s.commits().commit(checked.id(), false))).isNotNull();
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, null, null, null, null));

        harness.service(s -> s.commits().commit(checked.id(), true));
        assertThat(sessions(ada)).hasSize(2);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, 48, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void undoLeavesAnAddedValueChangedSinceAndSaysSo(Kind kind) {
        open(kind);
        enteredInTheApp(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, null, null, null, null));
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes,Morning HR,Fatigue
                LS-001,2026-03-02,easy,40,48,4
                """);
        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(committed.message()).startsWith("2 values were added to wellness entries already in the log");
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, 48, null, 4, null, null, null, null));
        // the coach corrects the morning HR in the app afterwards
        harness.tx(em -> em.createNativeQuery("UPDATE wellness_entry SET resting_hr = 50, version = version + 1 WHERE athlete_id = "
                + ada).executeUpdate());

        ImportView undone = harness.service(s -> s.commits().undo(checked.id()));
        assertThat(undone.status()).isEqualTo(ImportView.Status.UNDONE);
        assertThat(undone.message()).isEqualTo("1 value the import added to wellness entries already in the log was taken back; "
                + "1 was changed since and left as it is: resting HR of Ada Okafor on 2026-03-02 (48 imported, 50 now)");
        assertThat(sessions(ada)).isEmpty();
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, 50, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWellnessRowImportedFromReviewSetsItsOwnValuesAndKeepsEveryOtherValueOfTheDay(Kind kind) {
        open(kind);
        ImportView sheet = uploadCsv("""
                Member ID,Date,Type,Minutes,Sleep,Fatigue
                LS-001,2026-03-02,easy,40,7.5,3
                """);
        harness.service(s -> s.commits().commit(sheet.id(), false));
        ImportView form = upload("form.csv", """
                Member ID,Date,Sleep hours,Mood
                LS-001,2026-03-02,6,2
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(form.counts().review()).isEqualTo(1);
        harness.service(s -> s.commits().commit(form.id(), false));
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, null, null, 3, null, null, null, null));

        ReviewView item = harness.service(s -> s.reviews().reviewItems(form.id(), PageRequest.of(0, 10)).items()).get(0);
        assertThat(harness.service(s -> s.reviews().resolve(form.id(), item.id(), true)).status()).isEqualTo("imported");
        // sleep 6 is what the review was about and wins; fatigue 3 of the training sheet stays; mood 2 is added
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 6.0, null, null, null, 3, null, 2, null, null));
        assertThat(wellnessEntries(ada)).isEqualTo(1);
    }

    // ---- 2. every column not read is listed ---------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listsEveryColumnNothingIsReadFromInTheAnswerAndItsWarnings(Kind kind) {
        open(kind);
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes,Coach comment,Shoe,Sleep (h)
                LS-001,2026-03-02,easy,40,felt good,Pegasus 40,7.5
                """);
        assertThat(checked.ignoredColumns()).containsExactly(new ImportView.IgnoredColumns(null, List.of("Coach comment", "Shoe")));
        assertThat(checked.warnings()).first().satisfies(w -> {
            assertThat(w.row()).isEqualTo(1);
            assertThat(w.message()).startsWith("ignored columns: column 5 'Coach comment', column 6 'Shoe'.").contains("save a mapping");
        });
        // kept with the import: the status answers it too (as it does for a large file checked by the batch job)
        assertThat(harness.service(s -> s.uploads().get(checked.id())).ignoredColumns()).isEqualTo(checked.ignoredColumns());
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(sessions(ada)).singleElement().satisfies(t -> assertThat(t.details().movingMinutes()).isEqualTo(40.0));
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.5, null, null, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void namesEverySheetNotReadForWantOfAHeaderButTheTemplatesInstructionsAndPlan(Kind kind) {
        open(kind);
        java.util.LinkedHashMap<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Instructions", List.of(row("Fill in one row per session."), row("Dates as YYYY-MM-DD.")));
        sheets.put("Training", List.of(
                row("Member ID", "Date", "Type", "Minutes"),
                row("LS-001", "2026-03-02", "easy", 40)));
        sheets.put("Notes", List.of(row("Ada", "felt a twinge on 2 March"), row("Ben", "away 4-8 March")));
        sheets.put("Plan", List.of(row("Week 10: build")));
        sheets.put("Empty", List.of());
        ImportView checked = upload("club.xlsx", workbook(sheets));
        String message = "Sheet 'Notes' was not read: no header row with a date and an athlete column found";
        assertThat(checked.sheetsNotRead()).singleElement().satisfies(s -> {
            assertThat(s.sheet()).isEqualTo("Notes");
            assertThat(s.message()).startsWith(message);
        });
        assertThat(checked.warnings()).filteredOn(w -> w.message().contains("was not read")).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo("Notes");
            assertThat(w.message()).startsWith(message);
        });
        assertThat(checked.groups()).anySatisfy(g -> assertThat(g.summary()).contains(message));
        assertThat(checked.ignoredColumns()).isEmpty();
        // kept with the import: the status answers it too, and the commit reads the same sheets
        assertThat(harness.service(s -> s.uploads().get(checked.id())).sheetsNotRead()).isEqualTo(checked.sheetsNotRead());
        ImportView committed = harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(committed.sheetsNotRead()).isEqualTo(checked.sheetsNotRead());
        assertThat(committed.ignoredColumns()).isEmpty();
        assertThat(sessions(ada)).hasSize(1);
    }

    @Test
    void aSavedMappingMapsWellnessColumnsOfATrainingSheetAndIsHonouredWhateverTheHeadersCase() {
        open(Kind.H2);
        harness.service(s -> s.mappings().saveMapping(club, new MappingRequest("our log", List.of("Wer", "Wann", "Was", "Wie lange", "Schlaf",
                "Beine", "Schuh"), Map.of("Wer", "memberId", "Wann", "date", "Was", "type", "Wie lange", "movingMinutes",
                "Schlaf", "sleepHours", "Beine", "soreness"), Map.of())));
        ImportView checked = uploadCsv("""
                WER,wann,Was,Wie Lange,SCHLAF,Beine,Schuh
                LS-002,2026-03-03,long run,95,8,5,Clifton
                """);
        assertThat(checked.format()).isEqualTo("saved-mapping");
        assertThat(checked.counts().valid()).isEqualTo(1);
        assertThat(checked.ignoredColumns()).containsExactly(new ImportView.IgnoredColumns(null, List.of("Schuh")));
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(sessions(ben)).singleElement().satisfies(t -> {
            assertThat(t.details().type().code()).isEqualTo("long");
            assertThat(t.details().movingMinutes()).isEqualTo(95.0);
        });
        assertThat(wellness(ben, MARCH_3)).contains(new WellnessDetails(MARCH_3, 8.0, null, null, null, null, null, null, 5, null));
    }

    // ---- notes and pain notes are stored, never dropped -----------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFormsCommentIsStoredWithTheDaysPainNoteAsTheCheckInWritesIt(Kind kind) {
        open(kind);
        ImportView checked = upload("Check-in (Responses).csv", """
                Timestamp,Member ID,How many hours did you sleep?,Any pain? Where?,Comments
                2026-03-02 07:01:00,LS-001,7,left Achilles,slept badly
                2026-03-03 07:02:00,LS-001,8,No,felt great
                2026-03-02 06:55:00,LS-002,6,right knee,
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.format()).isEqualTo("wellness-form");
        assertThat(checked.counts().valid()).isEqualTo(3);
        assertThat(checked.ignoredColumns()).isEmpty();
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, 7.0, null, null, null, null, null, null, null,
                "left Achilles: slept badly"));
        assertThat(wellness(ada, MARCH_3)).contains(new WellnessDetails(MARCH_3, 8.0, null, null, null, null, null, null, null,
                "felt great"));
        assertThat(wellness(ben, MARCH_2)).contains(new WellnessDetails(MARCH_2, 6.0, null, null, null, null, null, null, null,
                "right knee"));
    }

    @Test
    void aWellnessSheetsNotesColumnIsStoredEvenOnADayWithNoOtherValue() {
        open(Kind.H2);
        java.util.LinkedHashMap<String, List<List<Object>>> sheets = new java.util.LinkedHashMap<>();
        sheets.put("Wellness", List.of(
                row("Member ID", "Date", "Fatigue", "Notes"),
                row("LS-001", "2026-03-02", 3, "travelled late"),
                row("LS-001", "2026-03-03", null, "ill, stayed in bed")));
        ImportView checked = upload("wellness.xlsx", workbook(sheets));
        assertThat(checked.counts().valid()).isEqualTo(2);
        assertThat(checked.ignoredColumns()).isEmpty();
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, null, null, null, null, 3, null, null, null,
                "travelled late"));
        assertThat(wellness(ada, MARCH_3)).contains(new WellnessDetails(MARCH_3, null, null, null, null, null, null, null, null,
                "ill, stayed in bed"));
    }

    @Test
    void aPainNoteMappedOntoATrainingSheetIsStoredWithTheDayAndAFieldItsRowsNeverReadIsListedAsIgnored() {
        open(Kind.H2);
        harness.service(s -> s.mappings().saveMapping(club, new MappingRequest("with pain", List.of("Wer", "Wann", "Was",
                "Wie lange", "Zipperlein", "Gesendet"), Map.of("Wer", "memberId", "Wann", "date", "Was", "type",
                "Wie lange", "movingMinutes", "Zipperlein", "painNote", "Gesendet", "timestamp"), Map.of())));
        ImportView checked = uploadCsv("""
                Wer,Wann,Was,Wie lange,Zipperlein,Gesendet
                LS-001,2026-03-02,easy,40,left calf tight,2026-03-02 20:00
                LS-002,2026-03-03,easy,30,,2026-03-03 20:00
                """);
        assertThat(checked.format()).isEqualTo("saved-mapping");
        assertThat(checked.counts().valid()).isEqualTo(2);
        assertThat(checked.ignoredColumns()).containsExactly(new ImportView.IgnoredColumns(null, List.of("Gesendet")));
        assertThat(checked.preview().get(0).wellness().painNote()).isEqualTo("left calf tight");
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(sessions(ada)).hasSize(1);
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, null, null, null, null, null, null, null, null,
                "left calf tight"));
        assertThat(wellness(ben, MARCH_3)).isEmpty();
    }

    // ---- 3. future dates -----------------------------------------------------------------------------------------

    @Test
    void aSessionDatedAfterTodayInTheClubsTimeZoneIsAnErrorOnItsCell() {
        open(Kind.H2);
        String file = """
                Member ID,Date,Type,Minutes,Sleep (h)
                LS-001,2026-03-09,easy,40,
                LS-001,2026-03-10,easy,30,
                LS-001,2031-11-10,long run,90,
                LS-002,2026-03-10,easy,20,7
                """;
        ImportView checked = uploadCsv(file);
        assertThat(checked.counts().valid()).isEqualTo(1);
        List<RowProblem> problems = errors(checked);
        assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Date", "2026-03-10"),
                org.assertj.core.groups.Tuple.tuple(4, "Date", "2031-11-10"),
                org.assertj.core.groups.Tuple.tuple(5, "Date", "2026-03-10"));
        assertThat(problems.get(1).problem()).startsWith("2031-11-10 is in the future");
        assertThat(problems.get(1).fix()).contains("correct the date");

        // 23:30 UTC on 9 March is 00:30 on 10 March in Berlin, the club's zone: the 10th has come there
        java.time.Clock late = java.time.Clock.fixed(java.time.Instant.parse("2026-03-09T23:30:00Z"), java.time.ZoneOffset.UTC);
        ImportView lateEvening = harness.tx(em -> {
            return harness.service(em, late).uploads().upload(new UploadRequest(club, null, "log.csv", false, "coach@club"),
                    new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        });
        assertThat(errors(lateEvening)).extracting(RowProblem::row).containsExactly(4);
        harness.tx(em -> {
            return harness.service(em, late).commits().commit(lateEvening.id(), true);
        });
        assertThat(sessions(ada)).extracting(t -> t.details().date()).containsExactlyInAnyOrder(LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 10));
        assertThat(wellness(ben, LocalDate.of(2026, 3, 10))).contains(new WellnessDetails(LocalDate.of(2026, 3, 10), 7.0, null, null,
                null, null, null, null, null, null));
    }

    // ---- 4. the order of day and month per column ---------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDateColumnThatCanOnlyBeMonthFirstIsReadMonthFirstThroughoutWithOneWarning(Kind kind) {
        open(kind);
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes
                LS-001,03/02/2026,easy,40
                LS-001,02/13/2026,easy,41
                LS-001,03/05/2026,easy,42
                LS-002,02/20/26,easy,43
                """);
        assertThat(checked.counts().valid()).isEqualTo(4);
        assertThat(checked.warnings()).filteredOn(w -> w.message().contains("is read month first")).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(1);
            assertThat(w.message()).startsWith("column 2 'Date' is read month first (MM/DD/YYYY) in every row")
                    .contains("'02/13/2026' (rows 3, 5)").contains("YYYY-MM-DD");
        });
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(sessions(ada)).extracting(t -> t.details().date()).containsExactlyInAnyOrder(
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 5));
        assertThat(sessions(ben)).extracting(t -> t.details().date()).containsExactly(LocalDate.of(2026, 2, 20));
    }

    @Test
    void aDateColumnAmbiguousThroughoutFollowsTheClubsLocale() {
        open(Kind.H2);
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes
                LS-001,03/02/2026,easy,40
                LS-001,2026-03-04,easy,41
                """);
        assertThat(checked.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("is read"));
        harness.service(s -> s.commits().commit(checked.id(), false));
        assertThat(sessions(ada)).extracting(t -> t.details().date()).containsExactlyInAnyOrder(
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 3, 4));
    }

    @Test
    void aDateColumnMixingBothOrdersIsAnErrorListingTheRows() {
        open(Kind.H2);
        ImportView checked = uploadCsv("""
                Member ID,Date,Type,Minutes
                LS-001,13/02/2026,easy,40
                LS-001,02/14/2026,easy,41
                LS-001,03/04/2026,easy,42
                LS-001,2026-03-05,easy,43
                """);
        assertThat(checked.counts().valid()).isEqualTo(1);
        List<RowProblem> problems = errors(checked);
        assertThat(problems).extracting(RowProblem::row, RowProblem::column, RowProblem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Date", "13/02/2026"),
                org.assertj.core.groups.Tuple.tuple(3, "Date", "02/14/2026"),
                org.assertj.core.groups.Tuple.tuple(4, "Date", "03/04/2026"));
        assertThat(problems.get(2).problem()).contains("day first (row 2, e.g. '13/02/2026')")
                .contains("month first (row 3, e.g. '02/14/2026')");
        assertThat(problems.get(2).fix()).contains("one order");
        harness.service(s -> s.commits().commit(checked.id(), true));
        assertThat(sessions(ada)).extracting(t -> t.details().date()).containsExactly(LocalDate.of(2026, 3, 5));
    }

    // ---- 5. athlete names ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void matchesAthleteNamesAsWrittenAndSuggestsTheClosestForAnUnknownOne(Kind kind) {
        open(kind);
        long sean = harness.athlete(club, "LS-003", "Se\u00e1n O'Brien");
        ImportView checked = uploadCsv("""
                Name,Date,Type,Minutes
                "  ada   OKAFOR ",2026-03-02,easy,40
                SEA\u0301N O\u2019BRIEN,2026-03-02,easy,41
                Ben Meier,2026-03-02,easy,42
                """);
        assertThat(checked.counts().valid()).isEqualTo(2);
        assertThat(errors(checked)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("Name");
            assertThat(p.value()).isEqualTo("Ben Meier");
            assertThat(p.problem()).isEqualTo("no athlete called 'Ben Meier' in this club; did you mean 'Ben Meyer'?");
            assertThat(p.fix()).startsWith("correct the name as enrolled");
        });
        harness.service(s -> s.commits().commit(checked.id(), true));
        assertThat(sessions(ada)).extracting(t -> t.details().movingMinutes()).containsExactly(40.0);
        assertThat(sessions(sean)).extracting(t -> t.details().movingMinutes()).containsExactly(41.0);
        assertThat(sessions(ben)).isEmpty();
    }

    // ---- 6. scales stated in headers -------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Kind.class)
    void valuesAreCheckedAgainstTheScaleTheHeaderStatesAndStoredOnOneToSevenWorst(Kind kind) {
        open(kind);
        ImportView checked = uploadCsv("""
                Member ID,Date,"Sleep quality (1=poor, 5=great)",Soreness (1=fresh; 5=very sore)
                LS-001,2026-03-02,5,2
                LS-001,2026-03-03,1,5
                LS-002,2026-03-02,4,7
                """);
        assertThat(checked.counts().valid()).isEqualTo(2);
        assertThat(errors(checked)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("Soreness (1=fresh; 5=very sore)");
            assertThat(p.value()).isEqualTo("7");
            assertThat(p.problem()).isEqualTo("7 is outside the scale 1–5 stated in the column's header");
        });
        assertThat(checked.warnings()).extracting(ImportView.RowWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("column 3 'Sleep quality (1=poor, 5=great)' is read on its stated scale 1–5 "
                        + "with 5 as the best"))
                .noneSatisfy(m -> assertThat(m).contains("not which end is the worst"));
        harness.service(s -> s.commits().commit(checked.id(), true));
        // sleep quality 5 = great -> 1; soreness 2 of 1–5, 5 worst -> 3
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, null, 1, null, null, null, null, null, 3, null));
        assertThat(wellness(ada, MARCH_3)).contains(new WellnessDetails(MARCH_3, null, 7, null, null, null, null, null, 7, null));
        assertThat(wellness(ben, MARCH_2)).isEmpty();
    }

    private static final String UNSTATED_DIRECTION = """
            Member ID,Date,Fatigue (1-5),Mood 1–10,"Sleep quality (1=poor, 5=great)"
            LS-001,2026-03-02,5,10,5
            LS-001,2026-03-03,1,1,
            LS-002,2026-03-02,7,3,4
            """;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aScaleWithoutADirectionIsNotGuessedTheDryRunAsksForItAndTheImportCannotBeCommitted(Kind kind) {
        open(kind);
        ImportView checked = uploadCsv(UNSTATED_DIRECTION);
        assertThat(checked.counts().valid()).isZero();
        assertThat(checked.counts().invalid()).isEqualTo(3);
        assertThat(checked.warnings()).extracting(ImportView.RowWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("column 3 'Fatigue (1-5)' states the scale 1–5 but not which end is the "
                        + "worst, so its values are not read and the import cannot be committed until that is answered")
                        .contains("\"highIs\": \"worse\" (5 is the worst").contains("\"highIs\": \"better\" (5 is the best")
                        .contains("'Fatigue (1=poor, 5=great)'"))
                .anySatisfy(m -> assertThat(m).startsWith("column 4 'Mood 1–10' states the scale 1–10 but not which end is the worst")
                        .contains("'Mood (1=poor, 10=great)'"));
        List<RowProblem> errors = errors(checked);
        assertThat(errors).filteredOn(p -> p.column().equals("Fatigue (1-5)"))
                .extracting(RowProblem::row, RowProblem::value, RowProblem::problem).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "5", "the column states the scale 1–5 but not which end is the worst, "
                                + "so 5 cannot be read without a guess"),
                        org.assertj.core.groups.Tuple.tuple(3, "1", "the column states the scale 1–5 but not which end is the worst, "
                                + "so 1 cannot be read without a guess"),
                        org.assertj.core.groups.Tuple.tuple(4, "7", "7 is outside the scale 1–5 stated in the column's header"));
        assertThat(errors).filteredOn(p -> p.column().equals("Mood 1–10")).extracting(RowProblem::columnRef, RowProblem::fix)
                .allSatisfy(t -> {
                    assertThat(t.toList().get(0)).isEqualTo("4");
                    assertThat((String) t.toList().get(1)).startsWith("answer it in a saved mapping for this header row with "
                            + "\"highIs\": \"worse\" (10 is the worst");
                });
        assertThatThrownBy(() -> harness.service(s -> s.commits().commit(checked.id(), false)))
                .isInstanceOf(app.loadwise.domain.common.ConflictException.class);
        assertThat(wellness(ada, MARCH_2)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSavedMappingAnswersWhichEndOfAScaleIsWorstAndIsHonoured(Kind kind) {
        open(kind);
        harness.service(s -> s.mappings().saveMapping(club, new MappingRequest("scales", List.of("Member ID", "Date",
                "Fatigue (1-5)", "Mood 1–10", "Sleep quality (1=poor, 5=great)"), Map.of("Member ID", "memberId", "Date", "date",
                "Fatigue (1-5)", "fatigue", "Mood 1–10", "mood", "Sleep quality (1=poor, 5=great)", "sleepQuality"),
                Map.of("Fatigue (1-5)", "worse", "Mood 1–10", "better"))));
        List<MappingView> saved = harness.service(s -> s.mappings().mappings(club));
        assertThat(saved).singleElement()
                .satisfies(m -> assertThat(m.highIs()).containsOnly(Map.entry("Fatigue (1-5)", "worse"), Map.entry("Mood 1–10", "better")));
        ImportView checked = uploadCsv(UNSTATED_DIRECTION);
        assertThat(checked.format()).isEqualTo("saved-mapping");
        assertThat(checked.counts().valid()).isEqualTo(2);
        assertThat(errors(checked)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.problem()).isEqualTo("7 is outside the scale 1–5 stated in the column's header");
        });
        assertThat(checked.warnings()).extracting(ImportView.RowWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("column 3 'Fatigue (1-5)' is read on its stated scale 1–5 with 5 as the worst"))
                .anySatisfy(m -> assertThat(m).startsWith("column 4 'Mood 1–10' is read on its stated scale 1–10 with 10 as the best"));
        harness.service(s -> s.commits().commit(checked.id(), true));
        // fatigue 5 of 1–5, 5 worst -> 7; mood 10 of 1–10, 10 best -> 1; sleep quality 5 = great -> 1
        assertThat(wellness(ada, MARCH_2)).contains(new WellnessDetails(MARCH_2, null, 1, null, null, 7, null, 1, null, null));
        // fatigue 1 -> 1; mood 1 of 1–10, 10 best -> 7
        assertThat(wellness(ada, MARCH_3)).contains(new WellnessDetails(MARCH_3, null, null, null, null, 1, null, 7, null, null));
        assertThatThrownBy(() -> harness.service(s -> s.mappings().saveMapping(club, new MappingRequest("bad", List.of("Fatigue (1-5)"),
                Map.of("Fatigue (1-5)", "fatigue"), Map.of("Fatigue (1-5)", "higher")))))
                .hasMessageContaining("'higher' is not a direction");
    }
}
