package app.loadwise.reporting.batch;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.recovery.ClubWeekScoring;
import app.loadwise.recovery.ScoringState;
import jakarta.batch.runtime.context.JobContext;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weekly report job keeps a club only when its week is due and recovery says the week's scoring is final. */
class ClubReportProcessorTest {

    private static final long CLUB = 50;
    /** Monday 2026-11-23, 06:30 in Berlin: the default slot has passed for 2026-W47. */
    private static final String MONDAY_MORNING = "2026-11-23T05:30:00Z";

    private final List<IsoWeek> asked = new ArrayList<>();

    private ClubReportProcessor processor(String at, ScoringState state) {
        ClubReportProcessor processor = new ClubReportProcessor();
        processor.clubs = new ClubRepository() {
            @Override
            public Optional<Club> find(long id) {
                return id == CLUB ? Optional.of(new Club("Harriers", ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY, Locale.UK,
                        Instant.parse("2026-01-05T08:00:00Z"))) : Optional.empty();
            }
        };
        processor.scoring = new ClubWeekScoring() {
            @Override
            public ScoringState stateOf(long clubId, IsoWeek week) {
                asked.add(week);
                return clubId == CLUB ? state : ScoringState.NOT_SCORED;
            }
        };
        Properties job = new Properties();
        job.setProperty("at", at);
        job.setProperty("day", "MONDAY");
        job.setProperty("time", "06:00");
        processor.job = (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> method.getName().equals("getProperties") ? job : null);
        return processor;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NOT_SCORED, false", "PROVISIONAL, false", "FINAL, true"})
    void keepsADueClubWeekOnlyOnceRecoveryHasItsScoringAsFinal(ScoringState state, boolean kept) {
        Object due = processor(MONDAY_MORNING, state).processItem(CLUB);

        assertThat(due).isEqualTo(kept ? new ClubWeek(CLUB, "2026-W47") : null);
        assertThat(asked).containsExactly(IsoWeek.parse("2026-W47"));
    }

    @Test
    void asksNothingBeforeTheSlot() {
        Object due = processor("2026-11-23T04:30:00Z", ScoringState.FINAL).processItem(CLUB);

        assertThat(due).isNull();
        assertThat(asked).isEmpty();
    }

    @Test
    void skipsAClubThatIsGone() {
        assertThat(processor(MONDAY_MORNING, ScoringState.FINAL).processItem(CLUB + 1)).isNull();
    }
}
