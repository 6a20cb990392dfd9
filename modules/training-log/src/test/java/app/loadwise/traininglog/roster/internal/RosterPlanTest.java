package app.loadwise.traininglog.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.CsvSheetReader;
import app.loadwise.traininglog.importing.internal.ValueParser;
import app.loadwise.traininglog.roster.RosterChange;
import app.loadwise.traininglog.roster.RosterFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterPlanTest {

    @TempDir
    Path dir;

    private static final Map<String, RosterPlan.Existing> CLUB = Map.of(
            "P-1", new RosterPlan.Existing(11, new AthleteProfile("Ada Okafor", Sex.FEMALE, 1991, ExperienceLevel.INTERMEDIATE, 188, 50,
                    null)),
            "P-2", new RosterPlan.Existing(12, new AthleteProfile("Ben Roth", Sex.MALE, 1985, ExperienceLevel.ADVANCED, 180, 44,
                    ZoneId.of("Europe/Berlin"))),
            "P-4", new RosterPlan.Existing(14, new AthleteProfile("Eve Lund", Sex.FEMALE, null, ExperienceLevel.BEGINNER, 190, 110, null)));

    private RosterPlan plan(String... lines) throws IOException {
        Path file = Files.write(dir.resolve("roster.csv"), RosterFiles.csv(false, lines));
        try (CsvSheetReader reader = new CsvSheetReader(file, 512)) {
            return RosterPlan.of(RosterReader.read(reader, new ValueParser(Locale.UK, null), 100), CLUB);
        }
    }

    @Test
    void matchesByMemberIdAndListsOnlyTheFieldsThatChange() throws IOException {
        RosterPlan plan = plan("Member ID,Name,Sex,Level,Max HR,Time zone",
                "P-1,Ada Okafor,female,advanced,191,",
                "P-2,Ben Roth,male,advanced,180,Europe/Berlin",
                "P-3,Cleo Park,f,beginner,,Asia/Tokyo");
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.update()).singleElement().satisfies(p -> {
            assertThat(p.athleteId()).isEqualTo(11);
            assertThat(p.changes()).containsExactly(new RosterChange("level", "Level", "intermediate", "advanced"),
                    new RosterChange("maxHr", "Max HR", "188", "191"));
            // the cells the file leaves empty, and the columns it does not have, keep the stored values
            assertThat(p.profile()).isEqualTo(new AthleteProfile("Ada Okafor", Sex.FEMALE, 1991, ExperienceLevel.ADVANCED, 191, 50, null));
        });
        assertThat(plan.unchanged()).extracting(RosterPlan.Planned::athleteId).containsExactly(12L);
        assertThat(plan.create()).singleElement().satisfies(p -> {
            assertThat(p.athleteId()).isNull();
            assertThat(p.memberId()).isEqualTo("P-3");
            assertThat(p.profile()).isEqualTo(new AthleteProfile("Cleo Park", Sex.FEMALE, null, ExperienceLevel.BEGINNER, null, null,
                    ZoneId.of("Asia/Tokyo")));
            assertThat(p.entry(null).sex()).isEqualTo("female");
        });
    }

    @Test
    void aNewAthleteNeedsANameAndALevel() throws IOException {
        RosterPlan plan = plan("Member ID,Name,Level", "N-1,,beginner", "N-2,Dan,", "P-1,,");
        assertThat(plan.errors()).extracting(RowProblem::row, RowProblem::column, RowProblem::problem)
                .containsExactly(tuple(2, "Member ID", "member id 'N-1' is not in the club yet and a new athlete needs a name"),
                        tuple(3, "Member ID", "member id 'N-2' is not in the club yet and a new athlete needs an experience level"));
        assertThat(plan.errors().get(1).fix()).isEqualTo("write beginner, intermediate or advanced");
        // a known member id with empty cells changes nothing
        assertThat(plan.unchanged()).extracting(RosterPlan.Planned::athleteId).containsExactly(11L);
        assertThat(plan.create()).isEmpty();
    }

    @Test
    void restingHrMustStayBelowMaxHrCountingTheStoredValue() throws IOException {
        RosterPlan plan = plan("Member ID,Max HR,Resting HR", "P-4,105,", "P-2,115,116", "P-1,,119");
        assertThat(plan.errors()).extracting(RowProblem::row, RowProblem::columnRef, RowProblem::value, RowProblem::problem)
                .containsExactly(tuple(2, "2", "105", "resting HR must be below max HR"),
                        tuple(3, "3", "116", "resting HR must be below max HR"));
        assertThat(plan.errors()).extracting(RowProblem::fix).containsExactly(
                "the athlete's resting HR is 110 and max HR would be 105; correct the one that is wrong",
                "the athlete's resting HR would be 116 and max HR would be 115; correct the one that is wrong");
        assertThat(plan.update()).extracting(RosterPlan.Planned::athleteId).containsExactly(11L);
    }

    @Test
    void rowsWithErrorsAreNeitherCreatedNorUpdated() throws IOException {
        RosterPlan plan = plan("Member ID,Name,Level,Sex", "P-1,Ada,beginner,robot", "Q-1,Quinn,beginner,x");
        assertThat(plan.errors()).extracting(RowProblem::row).containsExactly(2);
        assertThat(plan.update()).isEmpty();
        assertThat(plan.create()).extracting(RosterPlan.Planned::memberId).containsExactly("Q-1");
    }
}
