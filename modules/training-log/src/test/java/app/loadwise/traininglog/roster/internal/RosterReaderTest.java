package app.loadwise.traininglog.roster.internal;

import static app.loadwise.traininglog.roster.RosterFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.CsvSheetReader;
import app.loadwise.traininglog.importing.internal.SheetReader;
import app.loadwise.traininglog.importing.internal.ValueParser;
import app.loadwise.traininglog.importing.internal.XlsxSheetReader;
import app.loadwise.traininglog.roster.RosterFiles;
import app.loadwise.traininglog.roster.RosterIgnoredColumn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterReaderTest {

    @TempDir
    Path dir;

    private RosterReader.RosterFile csv(Locale locale, String... lines) {
        return read(RosterFiles.csv(false, lines), false, locale);
    }

    private RosterReader.RosterFile xlsx(Map<String, List<List<Object>>> sheets) {
        return read(RosterFiles.workbook(sheets), true, Locale.GERMANY);
    }

    private RosterReader.RosterFile read(byte[] content, boolean workbook, Locale locale) {
        try {
            Path file = Files.write(dir.resolve(workbook ? "roster.xlsx" : "roster.csv"), content);
            try (SheetReader reader = workbook ? new XlsxSheetReader(file, 512) : new CsvSheetReader(file, 512)) {
                Character decimal = reader instanceof CsvSheetReader c ? c.decimalSeparator() : null;
                return RosterReader.read(reader, new ValueParser(locale, decimal), 100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's errors in file order. */
    private static List<RowProblem> problems(RosterReader.RosterFile file) {
        return Placed.inFileOrder(file.errors());
    }

    @Test
    void readsEveryColumnOfTheTemplate() {
        RosterReader.RosterFile file = csv(Locale.UK,
                "Member ID,Name,Sex,Birth year,Level,Max HR,Resting HR,Time zone",
                "LS-001,Ada Okafor,female,1991,intermediate,188,50,Europe/Berlin",
                "LS-002,  Ben Roth ,M,1985,Advanced,180 bpm,44,");
        assertThat(file.errors()).isEmpty();
        assertThat(file.ignoredColumns()).isEmpty();
        assertThat(file.rows()).extracting(RosterRow::row, RosterRow::memberId, RosterRow::name, RosterRow::sex,
                        RosterRow::birthYear, RosterRow::level, RosterRow::maxHr, RosterRow::restingHr, RosterRow::timeZone)
                .containsExactly(
                        tuple(2, "LS-001", "Ada Okafor", Sex.FEMALE, 1991, ExperienceLevel.INTERMEDIATE, 188, 50, ZoneId.of("Europe/Berlin")),
                        tuple(3, "LS-002", "Ben Roth", Sex.MALE, 1985, ExperienceLevel.ADVANCED, 180, 44, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Member no|Athlete|Gender|Year of birth|Experience level|Max heart rate (bpm)|RHR|Timezone",
        "member #|Full name|M/F|YOB|Ability|HRmax|Resting heart rate|TZ",
        "Mitgliedsnummer|Läufer|Geschlecht|Jahrgang|Niveau|Maximalpuls|Ruhepuls|Zeitzone",
    })
    void findsColumnsByTheirAliases(String id, String name, String sex, String year, String level, String max, String rest, String zone) {
        RosterReader.RosterFile file = csv(Locale.UK, String.join(";", id, name, sex, year, level, max, rest, zone, "Shoe size"),
                "7;Cleo Park;f;1999;beginner;201;61;America/New_York;38");
        assertThat(file.errors()).isEmpty();
        RosterRow row = file.rows().get(0);
        assertThat(row).extracting(RosterRow::memberId, RosterRow::name, RosterRow::sex, RosterRow::birthYear, RosterRow::level,
                        RosterRow::maxHr, RosterRow::restingHr, RosterRow::timeZone)
                .containsExactly("7", "Cleo Park", Sex.FEMALE, 1999, ExperienceLevel.BEGINNER, 201, 61, ZoneId.of("America/New_York"));
        assertThat(file.ignoredColumns()).containsExactly(new RosterIgnoredColumn(null, "Shoe size", "9"));
    }

    @Test
    void readsACsvWithAByteOrderMarkSemicolonsAndATitleAboveTheHeader() {
        RosterReader.RosterFile file = read(RosterFiles.csv(true, "Lakeside Striders roster 2026", "",
                "Member ID;Name;Level;Max HR", "LS-9;Dana Öz;beginner;190"), false, Locale.GERMANY);
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).extracting(RosterRow::row, RosterRow::memberId, RosterRow::name, RosterRow::maxHr)
                .containsExactly(tuple(4, "LS-9", "Dana Öz", 190));
    }

    @Test
    void theHeaderRowRepeatedBelowIsNotAnAthlete() {
        RosterReader.RosterFile file = csv(Locale.UK, "Member ID,Name,Level", "H-1,Ada,beginner", "Member ID,Name,Level",
                "H-2,Ben,advanced");
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).extracting(RosterRow::row, RosterRow::memberId).containsExactly(tuple(2, "H-1"), tuple(4, "H-2"));
    }

    @Test
    void aBirthDateGivesTheYearWhateverItsForm() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Athletes", List.of(
                row("Member ID", "Name", "Date of birth"),
                row("A-1", "Ada", LocalDate.of(1990, 5, 14)),
                row("A-2", "Ben", "1984-11-02"),
                row("A-3", "Cleo", "03.04.2001"),
                row("A-4", "Dan", "1977")));
        RosterReader.RosterFile file = xlsx(sheets);
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).extracting(RosterRow::birthYear, RosterRow::birthYearColumn)
                .containsExactly(tuple(1990, RosterColumn.BIRTH_DATE), tuple(1984, RosterColumn.BIRTH_DATE),
                        tuple(2001, RosterColumn.BIRTH_DATE), tuple(1977, RosterColumn.BIRTH_DATE));
    }

    @Test
    void aWorkbookNumberMemberIdIsReadAsTheWholeNumberAndOtherSheetsAreListed() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Notes", List.of(row("Written by the club secretary"), row("Member ID is the club's number")));
        sheets.put("Roster", List.of(row("Member ID", "Name", "Level", "Birth year", "Max HR"),
                row(1001, "Ada", "advanced", 1990, 187)));
        RosterReader.RosterFile file = xlsx(sheets);
        assertThat(file.errors()).isEmpty();
        assertThat(file.ignoredSheets()).containsExactly("Notes");
        assertThat(file.rows()).extracting(RosterRow::sheet, RosterRow::row, RosterRow::memberId, RosterRow::birthYear, RosterRow::maxHr)
                .containsExactly(tuple("Roster", 2, "1001", 1990, 187));
    }

    @Test
    void everyBadValueIsAnErrorOnItsCellWithTheColumnLetter() {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Roster", List.of(
                row("Member ID", "Name", "Sex", "Birth year", "Level", "Max HR", "Resting HR", "Time zone"),
                row("B-1", "Ada", "q", 1990, "pro", 188, 50, "Europe/Berlin"),
                row("B-2", "Ben", "m", 1850, "beginner", 300, 20, "Mars/Olympus"),
                row("B-3", "Cleo", "f", "nineteen", "beginner", "188.5", "fifty", null),
                row(null, "Dan", "m", 1990, "beginner", null, null, null)));
        RosterReader.RosterFile file = xlsx(sheets);
        assertThat(problems(file)).extracting(RowProblem::sheet, RowProblem::row, RowProblem::columnRef, RowProblem::column,
                        RowProblem::value, RowProblem::problem)
                .containsExactly(
                        tuple("Roster", 2, "C", "Sex", "q", "unknown sex 'q'"),
                        tuple("Roster", 2, "E", "Level", "pro", "unknown experience level 'pro'"),
                        tuple("Roster", 3, "D", "Birth year", "1850", "birth year must be between 1900 and 2100"),
                        tuple("Roster", 3, "F", "Max HR", "300", "max HR must be between 100 and 250 bpm"),
                        tuple("Roster", 3, "G", "Resting HR", "20", "resting HR must be between 25 and 120 bpm"),
                        tuple("Roster", 3, "H", "Time zone", "Mars/Olympus",
                                "unknown time zone 'Mars/Olympus'"),
                        tuple("Roster", 4, "D", "Birth year", "nineteen", "'nineteen' is not a year or a date"),
                        tuple("Roster", 4, "F", "Max HR", "188.5", "'188.5' is not a whole number"),
                        tuple("Roster", 4, "G", "Resting HR", "fifty", "'fifty' is not a number"),
                        tuple("Roster", 5, "A", "Member ID", null, "the member id is missing"));
        assertThat(problems(file)).extracting(RowProblem::fix).doesNotContainNull()
                .contains("use female, male or unspecified", "use beginner, intermediate or advanced",
                        "use an IANA name such as Europe/Berlin");
        assertThat(file.rows()).extracting(RosterRow::valid).containsExactly(false, false, false, false);
    }

    @Test
    void aMemberIdOnTwoRowsIsAnErrorOnBothAndTheirValuesAreNotUsed() {
        RosterReader.RosterFile file = csv(Locale.UK, "Member ID,Name,Level",
                "D-1,Ada,beginner", "D-2,Ben,beginner", "D-1,Ada O.,advanced");
        assertThat(problems(file)).extracting(RowProblem::row, RowProblem::columnRef, RowProblem::value, RowProblem::problem)
                .containsExactly(tuple(2, "1", "D-1", "member id 'D-1' is also on row 4"),
                        tuple(4, "1", "D-1", "member id 'D-1' is also on row 2"));
        assertThat(file.rows()).extracting(RosterRow::memberId, RosterRow::valid)
                .containsExactly(tuple("D-1", false), tuple("D-2", true), tuple("D-1", false));
    }

    @Test
    void aBirthDateThatDisagreesWithTheBirthYearIsAnError() {
        RosterReader.RosterFile file = csv(Locale.UK, "Member ID,Name,Birth year,Birth date", "E-1,Ada,1990,1991-02-03",
                "E-2,Ben,,1980-01-01");
        assertThat(problems(file)).extracting(RowProblem::row, RowProblem::column, RowProblem::problem)
                .containsExactly(tuple(2, "Birth date", "the birth date's year 1991 differs from the birth year 1990 in column 3 'Birth year'"));
        assertThat(file.rows().get(1).birthYear()).isEqualTo(1980);
    }

    @Test
    void aFileWithoutAMemberIdColumnIsRefused() {
        assertThatThrownBy(() -> csv(Locale.UK, "Name,Level", "Ada,beginner"))
                .isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("no header row with a member id column was found in the first 20 rows")
                .extracting(e -> ((ImportFileException) e).status()).isEqualTo(422);
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        String[] lines = new String[102];
        lines[0] = "Member ID,Name,Level";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "M-" + i + ",Runner " + i + ",beginner";
        }
        assertThatThrownBy(() -> csv(Locale.UK, lines)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("more than 100 athletes");
    }

    @Test
    void theTemplateIsReadBackWithEveryColumnAndItsInstructionsSheetIgnored() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterTemplate.write(out);
        Path file = Files.write(dir.resolve("template.xlsx"), out.toByteArray());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var header = workbook.getSheet(RosterTemplate.ROSTER_SHEET).getRow(0);
            for (int i = 0; i < RosterTemplate.COLUMNS.size(); i++) {
                assertThat(RosterColumn.of(header.getCell(i).getStringCellValue())).isEqualTo(RosterTemplate.COLUMNS.get(i));
            }
            var sheet = workbook.getSheet(RosterTemplate.ROSTER_SHEET);
            sheet.createRow(1).createCell(0).setCellValue("T-1");
            sheet.getRow(1).createCell(1).setCellValue("Tess");
            sheet.getRow(1).createCell(4).setCellValue("beginner");
            ByteArrayOutputStream filled = new ByteArrayOutputStream();
            workbook.write(filled);
            RosterReader.RosterFile read = read(filled.toByteArray(), true, Locale.UK);
            assertThat(read.errors()).isEmpty();
            assertThat(read.ignoredSheets()).containsExactly(RosterTemplate.INSTRUCTIONS_SHEET);
            assertThat(read.rows()).extracting(RosterRow::memberId, RosterRow::name).containsExactly(tuple("T-1", "Tess"));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}
