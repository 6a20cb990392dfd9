package app.loadwise.traininglog.roster;

import static app.loadwise.traininglog.roster.RosterFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.testing.TestDatabases;
import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.ImportHarness;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import app.loadwise.traininglog.roster.internal.RosterImportService;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The roster import on a real database (PostgreSQL and H2) with the production migrations: a dry run writes nothing,
 * a commit creates and updates athletes by member id within the club, and a file with any error writes nothing.
 */
class RosterImportsIT {

    @TempDir
    Path dir;

    private ImportHarness harness;
    private long club;
    private long other;
    private long ada;
    private long ben;
    private long othersAda;

    private void open(Kind kind) {
        harness = new ImportHarness(TestDatabases.entityManagerFactory(TestDatabases.freshMigrated(kind)),
                new ImportSettings(dir, 1024 * 1024, 1_048_576, 512, 1024 * 1024, 100));
        club = harness.club(Locale.GERMANY);
        other = harness.club(Locale.UK);
        ada = harness.athlete(club, "R-1", "Ada Okafor");
        ben = harness.athlete(club, "R-2", "Ben Roth");
        othersAda = harness.athlete(other, "R-1", "Ada of another club");
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private RosterImports service(EntityManager em) {
        return new RosterImportService(new ClubRepository(em), new AthleteRepository(em),
                new ImportSettings(dir, 1024 * 1024, 1_048_576, 512, 1024 * 1024, 100));
    }

    private RosterImportResult upload(long clubId, String name, byte[] content, boolean dryRun) {
        return harness.tx(em -> service(em).upload(clubId, name, new ByteArrayInputStream(content), dryRun));
    }

    private Map<String, Athlete> athletes(long clubId) {
        return harness.tx(em -> new AthleteRepository(em).ofClub(clubId, null, PageRequest.of(0, 500)).items().stream()
                .collect(Collectors.toMap(Athlete::memberId, a -> a)));
    }

    private static byte[] roster() {
        return RosterFiles.workbook(Map.of("Roster", List.of(
                row("Member ID", "Name", "Gender", "Date of birth", "Level", "Max HR", "Resting HR", "Time zone", "Shoe"),
                row("R-1", "Ada Okafor", "female", "1989-06-01", "advanced", 192, 48, null, "Pegasus"),
                row("R-3", "Cleo Park", "f", "2001-02-03", "beginner", 201, 61, "Asia/Tokyo", null),
                row("R-4", "Dan Weiss", "m", null, "intermediate", null, null, null, null))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDryRunListsWhatWouldChangeAndWritesNothing(Kind kind) {
        open(kind);
        Map<String, Athlete> before = athletes(club);
        RosterImportResult result = upload(club, "roster.xlsx", roster(), true);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.committed()).isFalse();
        assertThat(result.format()).isEqualTo("xlsx");
        assertThat(result.counts()).isEqualTo(new RosterCounts(3, 2, 1, 0, 0));
        assertThat(result.create()).extracting(RosterEntry::row, RosterEntry::athleteId, RosterEntry::memberId, RosterEntry::birthYear)
                .containsExactly(tuple(3, null, "R-3", 2001), tuple(4, null, "R-4", null));
        assertThat(result.update()).singleElement().satisfies(u -> {
            assertThat(u.athleteId()).isEqualTo(ada);
            assertThat(u.changes()).containsExactly(new RosterChange("birthYear", "Date of birth", "1990", "1989"),
                    new RosterChange("level", "Level", "intermediate", "advanced"), new RosterChange("maxHr", "Max HR", "188", "192"),
                    new RosterChange("restingHr", "Resting HR", "50", "48"));
        });
        assertThat(result.ignoredColumns()).containsExactly(new RosterIgnoredColumn("Roster", "Shoe", "I"));
        assertThat(result.message()).isEqualTo("2 to create, 1 to update, 0 unchanged. Nothing was written; commit to write it.");

        Map<String, Athlete> after = athletes(club);
        assertThat(after.keySet()).containsExactlyInAnyOrder("R-1", "R-2");
        assertThat(after.get("R-1").profile()).isEqualTo(before.get("R-1").profile());
        assertThat(after.get("R-1").version()).isEqualTo(before.get("R-1").version());
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCommitCreatesAndUpdatesByMemberIdAndLeavesTheRestAndOtherClubsAlone(Kind kind) {
        open(kind);
        AthleteProfile othersBefore = athletes(other).get("R-1").profile();
        AthleteProfile benBefore = athletes(club).get("R-2").profile();

        RosterImportResult result = upload(club, "roster.xlsx", roster(), false);

        assertThat(result.committed()).isTrue();
        assertThat(result.message()).startsWith("2 created, 1 updated, 0 unchanged.");
        Map<String, Athlete> stored = athletes(club);
        assertThat(stored.keySet()).containsExactlyInAnyOrder("R-1", "R-2", "R-3", "R-4");
        assertThat(result.create()).extracting(RosterEntry::memberId, RosterEntry::athleteId)
                .containsExactly(tuple("R-3", stored.get("R-3").id()), tuple("R-4", stored.get("R-4").id()));
        assertThat(stored.get("R-1").id()).isEqualTo(ada);
        assertThat(stored.get("R-1").profile()).isEqualTo(new AthleteProfile("Ada Okafor", Sex.FEMALE, 1989, ExperienceLevel.ADVANCED,
                192, 48, null));
        assertThat(stored.get("R-3").profile()).isEqualTo(new AthleteProfile("Cleo Park", Sex.FEMALE, 2001, ExperienceLevel.BEGINNER,
                201, 61, ZoneId.of("Asia/Tokyo")));
        assertThat(stored.get("R-3").isActive()).isTrue();
        assertThat(stored.get("R-4").profile()).isEqualTo(new AthleteProfile("Dan Weiss", Sex.MALE, null, ExperienceLevel.INTERMEDIATE,
                null, null, null));
        // not in the file: untouched
        assertThat(stored.get("R-2").id()).isEqualTo(ben);
        assertThat(stored.get("R-2").profile()).isEqualTo(benBefore);
        // the same member id in another club: untouched
        Map<String, Athlete> others = athletes(other);
        assertThat(others.keySet()).containsExactly("R-1");
        assertThat(others.get("R-1").id()).isEqualTo(othersAda);
        assertThat(others.get("R-1").profile()).isEqualTo(othersBefore);

        // the same file again changes nothing
        RosterImportResult again = upload(club, "roster.xlsx", roster(), false);
        assertThat(again.counts()).isEqualTo(new RosterCounts(3, 0, 0, 3, 0));
        assertThat(athletes(club)).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneErrorInTheFileWritesNothing(Kind kind) {
        open(kind);
        byte[] file = RosterFiles.csv(true, "Member ID;Name;Level;Max HR", "R-1;Ada Okafor;advanced;195", "R-9;Nina;beginner;180",
                "R-10;Omar;expert;170");

        assertThatThrownBy(() -> upload(club, "roster.csv", file, false))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).isEqualTo("the roster has 1 error; nothing was written. Correct it and upload the file again.");
                    assertThat(e.rows()).extracting(RowProblem::sheet, RowProblem::row, RowProblem::column, RowProblem::columnRef,
                            RowProblem::value, RowProblem::problem)
                            .containsExactly(tuple(null, 4, "Level", "3", "expert", "unknown experience level 'expert'"));
                });
        Map<String, Athlete> stored = athletes(club);
        assertThat(stored.keySet()).containsExactlyInAnyOrder("R-1", "R-2");
        assertThat(stored.get("R-1").profile().maxHr()).isEqualTo(188);
        assertThat(stored.get("R-1").profile().level()).isEqualTo(ExperienceLevel.INTERMEDIATE);

        RosterImportResult dryRun = upload(club, "roster.csv", file, true);
        assertThat(dryRun.counts()).isEqualTo(new RosterCounts(3, 1, 1, 0, 1));
        assertThat(dryRun.message()).isEqualTo("1 error: nothing can be written until it is corrected. Nothing was written.");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anotherClubsMemberIdIsANewAthleteOfThisClub(Kind kind) {
        open(kind);
        long third = harness.club(Locale.UK);
        RosterImportResult result = upload(third, "roster.csv",
                RosterFiles.csv(false, "Member ID,Name,Level", "R-1,Ada Elsewhere,beginner"), false);
        assertThat(result.create()).extracting(RosterEntry::memberId).containsExactly("R-1");
        assertThat(athletes(third).get("R-1").profile().name()).isEqualTo("Ada Elsewhere");
        assertThat(athletes(club).get("R-1").profile().name()).isEqualTo("Ada Okafor");
        assertThat(athletes(other).get("R-1").profile().name()).isEqualTo("Ada of another club");
        // the received file is not kept
        assertThat(dir).isEmptyDirectory();
    }
}
