package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.SessionType;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.RowProblem;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported format read end to end from a small fixture. */
class FormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(FormatsTest.class.getResource("/importing/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<UploadScanner.Scanned> scan(Path file, Locale locale, boolean athleteFromUpload, List<FormatDetector.SavedMapping> saved) {
        List<UploadScanner.Scanned> rows = new ArrayList<>();
        try (UploadScanner scanner = new UploadScanner(file, new FormatDetector(saved),
                new UploadScanner.Settings(locale, BERLIN, athleteFromUpload, 512, 1_000_000, null))) {
            UploadScanner.Scanned row;
            while ((row = scanner.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<UploadScanner.Scanned> scan(Path file, Locale locale, boolean athleteFromUpload) {
        return scan(file, locale, athleteFromUpload, List.of());
    }

    private static SessionDetails session(UploadScanner.Scanned row) {
        assertThat(row.outcome()).as("row %d: %s", row.outcome().row(), row.outcome()).isInstanceOf(RowOutcome.Session.class);
        return ((RowOutcome.Session) row.outcome()).details();
    }

    private static WellnessDetails wellness(UploadScanner.Scanned row) {
        assertThat(row.outcome()).as("row %d: %s", row.outcome().row(), row.outcome()).isInstanceOf(RowOutcome.Wellness.class);
        return ((RowOutcome.Wellness) row.outcome()).details();
    }

    @Test
    void readsGarminConnectActivities() {
        List<UploadScanner.Scanned> rows = scan(fixture("garmin-activities.csv"), Locale.US, true);
        assertThat(rows.get(0).layout().format()).isEqualTo(ImportFormat.GARMIN_ACTIVITIES);
        SessionDetails track = session(rows.get(0));
        assertThat(track.date()).isEqualTo(LocalDate.of(2025, 2, 6));
        assertThat(track.startTime()).isEqualTo(LocalTime.of(17, 6, 3));
        assertThat(track.type()).isEqualTo(SessionType.INTERVALS);
        assertThat(track.movingMinutes()).isEqualTo(50.02);
        assertThat(track.elapsedMinutes()).isEqualTo(62.5);
        assertThat(track.distanceKm()).isEqualTo(10.02);
        assertThat(track.avgHr()).isEqualTo(152);
        SessionDetails gym = session(rows.get(1));
        assertThat(gym.type()).isEqualTo(SessionType.STRENGTH);
        assertThat(gym.distanceKm()).isNull();
        assertThat(session(rows.get(2)).type()).isEqualTo(SessionType.EASY);
        assertThat(((RowOutcome.Session) rows.get(0).outcome()).warnings()).anyMatch(w -> w.contains("RPE is missing"));
    }

    @Test
    void readsStravaActivitiesWithRepeatedHeadersAndUtcDates() {
        List<UploadScanner.Scanned> rows = scan(fixture("strava-activities.csv"), Locale.UK, true);
        assertThat(rows.get(0).layout().format()).isEqualTo(ImportFormat.STRAVA_ACTIVITIES);
        SessionDetails hills = session(rows.get(0));
        assertThat(hills.date()).isEqualTo(LocalDate.of(2020, 10, 7));
        assertThat(hills.startTime()).isEqualTo(LocalTime.of(16, 43, 11));
        assertThat(hills.type()).isEqualTo(SessionType.HILLS);
        assertThat(hills.movingMinutes()).isCloseTo(50.17, org.assertj.core.data.Offset.offset(0.01));
        assertThat(hills.elapsedMinutes()).isCloseTo(52.3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(hills.distanceKm()).isEqualTo(10.51);
        assertThat(hills.avgHr()).isEqualTo(148);
        assertThat(hills.rpe()).isEqualTo(7);
        assertThat(hills.notes()).contains("\n").contains("\"legs heavy\"");
        SessionDetails ride = session(rows.get(1));
        assertThat(ride.type()).isEqualTo(SessionType.CROSS_TRAINING);
        assertThat(ride.startTime()).isEqualTo(LocalTime.of(7, 0));
        // the row number a spreadsheet program shows, though the description above spans two lines
        assertThat(rows.get(1).outcome().row()).isEqualTo(3);
    }

    @Test
    void readsIntervalsIcuWellnessOnItsFourPointScale() {
        List<UploadScanner.Scanned> rows = scan(fixture("intervals-wellness.csv"), Locale.UK, true);
        assertThat(rows.get(0).layout().format()).isEqualTo(ImportFormat.INTERVALS_WELLNESS);
        WellnessDetails day = wellness(rows.get(0));
        assertThat(day.restingHr()).isEqualTo(48);
        assertThat(day.hrvMs()).isEqualTo(71.5);
        assertThat(day.sleepHours()).isEqualTo(7.5);
        assertThat(day.sleepQuality()).isEqualTo(3);
        assertThat(day.fatigue()).isEqualTo(3);
        assertThat(day.painNote()).isNull();
        assertThat(rows.get(1).outcome()).isInstanceOf(RowOutcome.Ignored.class);
        assertThat(wellness(rows.get(2)).fatigue()).isEqualTo(7);
    }

    @Test
    void readsAWellnessFormExport() {
        List<UploadScanner.Scanned> rows = scan(fixture("wellness-form.csv"), Locale.US, false);
        assertThat(rows.get(0).layout().format()).isEqualTo(ImportFormat.WELLNESS_FORM);
        RowOutcome.Wellness ada = (RowOutcome.Wellness) rows.get(0).outcome();
        assertThat(ada.athlete().memberId()).isEqualTo("LS-001");
        assertThat(ada.details().date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ada.details().restingHr()).isEqualTo(48);
        WellnessDetails ben = wellness(rows.get(1));
        assertThat(ben.sleepHours()).isEqualTo(6.5);
        assertThat(ben.painNote()).isEqualTo("left Achilles sore on stairs");
    }

    @Test
    void readsAClubSheetBelowItsTitleWithAliasesUnitsAndDecimalCommas() {
        List<UploadScanner.Scanned> rows = scan(fixture("club-sessions-de.csv"), Locale.GERMANY, false);
        assertThat(rows.get(0).layout().format()).isEqualTo(ImportFormat.MAPPED);
        assertThat(rows.get(0).layout().headerRow()).isEqualTo(3);
        RowOutcome.Session first = (RowOutcome.Session) rows.get(0).outcome();
        assertThat(first.row()).isEqualTo(4);
        assertThat(first.athlete().memberId()).isEqualTo("LS-001");
        assertThat(first.details().type()).isEqualTo(SessionType.INTERVALS);
        assertThat(first.details().movingMinutes()).isEqualTo(52.5);
        assertThat(first.details().distanceKm()).isCloseTo(9.978, org.assertj.core.data.Offset.offset(0.001));
        assertThat(first.details().notes()).isEqualTo("=HYPERLINK(\"x\")");
        SessionDetails long_ = session(rows.get(1));
        assertThat(long_.type()).isEqualTo(SessionType.LONG);
        assertThat(long_.movingMinutes()).isEqualTo(105.0);
        assertThat(long_.startTime()).isNull();
        assertThat(long_.notes()).isEqualTo("+ felt good");
        assertThat(session(rows.get(2)).notes()).isEqualTo("@coach");
        assertThat(rows.subList(3, rows.size())).allMatch(r -> r.outcome() instanceof RowOutcome.Ignored);
    }

    @Test
    void readsTheTemplateAsXlsxSkippingItsInstructions() {
        Path file = Workbooks.write(dir, "t.xlsx", "Sessions", List.of(
                new ArrayList<Object>(TemplateLayout.SESSION_HEADERS),
                Arrays.<Object>asList("LS-001", LocalDate.of(2026, 3, 2), new Workbooks.TimeOfDay(0.5), "reps", 45, 50, 9.5, 8)));
        List<UploadScanner.Scanned> rows = scan(file, Locale.GERMANY, false);
        assertThat(rows.get(0).layout().format()).isEqualTo(ImportFormat.LOADWISE_TEMPLATE);
        SessionDetails details = session(rows.get(0));
        assertThat(details.startTime()).isEqualTo(LocalTime.NOON);
        assertThat(details.type()).isEqualTo(SessionType.INTERVALS);
        assertThat(details.distanceKm()).isEqualTo(9.5);
        assertThat(details.rpe()).isEqualTo(8);
    }

    @Test
    void reusesASavedMappingForTheSameHeaders() {
        Path file = dir.resolve("own.csv");
        writeString(file, "Wer,Wann,Was,Wie lange\nLS-001,2026-03-02,jog,30\n");
        String signature = FormatDetector.signature(List.of("Wer", "Wann", "Was", "Wie lange"));
        var saved = new FormatDetector.SavedMapping("ours", signature,
                Map.of("Wer", ImportField.MEMBER_ID, "Wann", ImportField.DATE, "Was", ImportField.TYPE, "Wie lange", ImportField.MOVING), Map.of());
        List<UploadScanner.Scanned> rows = scan(file, Locale.GERMANY, false, List.of(saved));
        assertThat(rows.get(0).layout().format()).isEqualTo(ImportFormat.SAVED_MAPPING);
        assertThat(session(rows.get(0)).movingMinutes()).isEqualTo(30.0);
    }

    @Test
    void reportsEveryBadValueWithSheetRowColumnAndFix() {
        Path file = Workbooks.write(dir, "bad.xlsx", "Sessions", List.of(
                new ArrayList<Object>(TemplateLayout.SESSION_HEADERS),
                Arrays.<Object>asList("LS-001", "30.02.2026", null, "zumba", "lots", null, null, 11)));
        List<UploadScanner.Scanned> rows = scan(file, Locale.GERMANY, false);
        RowOutcome.Invalid invalid = (RowOutcome.Invalid) rows.get(0).outcome();
        assertThat(invalid.problems()).extracting(RowProblem::column)
                .containsExactly("Date", "Type", "Moving (min)");
        RowProblem date = invalid.problems().get(0);
        assertThat(date.sheet()).isEqualTo("Sessions");
        assertThat(date.row()).isEqualTo(2);
        assertThat(date.value()).isEqualTo("30.02.2026");
        assertThat(date.fix()).contains("DD.MM.YYYY");
    }

    @Test
    void reportsADomainRuleOnItsColumn() {
        Path file = dir.resolve("rpe.csv");
        writeString(file, "Member ID,Date,Type,Minutes,RPE\nLS-001,2026-03-02,easy,30,11\nLS-001,2026-03-03,easy,30,\n");
        List<UploadScanner.Scanned> rows = scan(file, Locale.UK, false);
        RowOutcome.Invalid invalid = (RowOutcome.Invalid) rows.get(0).outcome();
        assertThat(invalid.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("RPE");
            assertThat(p.value()).isEqualTo("11");
            assertThat(p.problem()).contains("between 0 and 10");
            assertThat(p.sheet()).isNull();
        });
        assertThat(rows.get(1).outcome()).isInstanceOf(RowOutcome.Session.class);
    }

    @Test
    void refusesAFileWithoutAHeaderRowOrAthleteColumn() {
        Path noHeader = dir.resolve("n.csv");
        writeString(noHeader, "1,2,3\n4,5,6\n");
        assertThatThrownBy(() -> scan(noHeader, Locale.UK, false)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("no header row").extracting(e -> ((ImportFileException) e).status()).isEqualTo(422);
        Path noAthlete = dir.resolve("a.csv");
        writeString(noAthlete, "Date,Type,Minutes\n2026-03-02,easy,30\n");
        assertThatThrownBy(() -> scan(noAthlete, Locale.UK, false)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("Member ID");
        assertThat(scan(noAthlete, Locale.UK, true)).hasSize(1);
    }

    @Test
    void refusesLegacyAndBinaryFiles() {
        Path xls = dir.resolve("old.xls");
        writeBytes(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> scan(xls, Locale.UK, false)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining(".xls").extracting(e -> ((ImportFileException) e).status()).isEqualTo(415);
        Path binary = dir.resolve("x.bin");
        writeBytes(binary, new byte[] {1, 2, 0, 4});
        assertThatThrownBy(() -> scan(binary, Locale.UK, false)).hasMessageContaining("binary");
        Path empty = dir.resolve("e.csv");
        writeBytes(empty, new byte[0]);
        assertThatThrownBy(() -> scan(empty, Locale.UK, false)).hasMessageContaining("empty");
    }

    private static void writeString(Path file, String content) {
        writeBytes(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void writeBytes(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
