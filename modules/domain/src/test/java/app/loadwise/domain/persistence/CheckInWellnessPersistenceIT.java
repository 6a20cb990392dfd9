package app.loadwise.domain.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.testing.TestDatabases.Kind;
import app.loadwise.domain.testing.TestUnit;
import app.loadwise.domain.training.CheckInPain;
import app.loadwise.domain.training.CheckInResponses;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The wellness entries athletes' check-ins make, and the days each athlete checked in, on real PostgreSQL and H2. */
class CheckInWellnessPersistenceIT {

    private static final Instant NOW = Instant.parse("2026-12-07T06:30:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private TestUnit unit;

    @AfterEach
    void close() {
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCheckInEntryKeepsItsSourceAndPainUntilACoachChangesIt(Kind kind) {
        unit = TestUnit.fresh(kind);
        long club = unit.club("Ours", Locale.GERMANY, NOW);
        long ada = unit.athlete(club, "M-1", "Ada Okafor");
        long ben = unit.athlete(club, "M-2", "Ben Carter");
        unit.tx(em -> new WellnessRepository(em).store(new WellnessEntry(ben, new WellnessDetails(DAY, 8.0, null, null, null, null,
                null, null, null, null))));
        CheckInPain pain = new CheckInPain("achilles", "sharp", 6, "stairs");
        long id = unit.tx(em -> new WellnessRepository(em).store(WellnessEntry.checkedIn(ada,
                new WellnessDetails(DAY, 7.5, 3, 48, null, 4, 2, 2, 3, pain.painNote()), pain, NOW)).id());
        WellnessEntry read = unit.tx(em -> new WellnessRepository(em).get(id));
        assertThat(read.source()).isEqualTo("check-in");
        assertThat(read.checkInPain()).isEqualTo(pain);
        assertThat(read.details().painNote()).isEqualTo("achilles, sharp pain 6/10: stairs");

        unit.tx(em -> {
            WellnessEntry e = new WellnessRepository(em).get(id);
            e.revise(new WellnessDetails(DAY, 7.0, 3, 48, null, 4, 2, 2, 3, null));
            return new WellnessRepository(em).store(e);
        });
        WellnessEntry coached = unit.tx(em -> new WellnessRepository(em).get(id));
        assertThat(coached.source()).isEqualTo("api");
        assertThat(coached.isCheckIn()).isFalse();
        assertThat(coached.details().sleepHours()).isEqualTo(7.0);
        // still the athlete's response: the check-in days count it; a coach's own entry is none
        var responses = unit.tx(em -> new CheckInResponses(em).daysOfClub(club, DAY.minusDays(6), DAY));
        assertThat(responses).containsOnlyKeys(ada);
        assertThat(responses.get(ada)).containsExactly(DAY);
        var none = unit.tx(em -> new CheckInResponses(em).daysOfClub(club, DAY.plusDays(1), DAY.plusDays(7)));
        assertThat(none).isEmpty();
    }
}
