package app.loadwise.recovery.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import jakarta.batch.runtime.context.JobContext;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scoring job's parameters that are no plain numbers, as its artifacts read them. */
class ScoringContextTest {

    /** The job's properties as the job XML gives them: every one present, empty when not passed. */
    private static ScoringContext context(String club, String week, String today, String at) {
        Properties job = new Properties();
        job.setProperty("club", club);
        job.setProperty("week", week);
        job.setProperty("today", today);
        job.setProperty("at", at);
        ScoringContext context = new ScoringContext();
        context.job = (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(), new Class<?>[] {JobContext.class},
                (proxy, method, args) -> method.getName().equals("getProperties") ? job : null);
        context.clock = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
        return context;
    }

    @Test
    void readsEveryParameterGiven() {
        ScoringContext given = context(" 50 ", "2026-W47", "2026-11-25", "2026-11-24T02:00:00Z");

        assertThat(given.club()).isEqualTo(50L);
        assertThat(given.requestedWeek()).isEqualTo(IsoWeek.parse("2026-W47"));
        assertThat(given.today(ZoneId.of("Europe/Berlin"))).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(given.reference()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
        assertThat(given.weeks()).containsExactly(IsoWeek.parse("2026-W47"));
    }

    @Test
    void anEmptyParameterIsNotGiven() {
        ScoringContext nightly = context("", "", "", "");

        assertThat(nightly.club()).isNull();
        assertThat(nightly.requestedWeek()).isNull();
        assertThat(nightly.reference()).isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
        assertThat(nightly.today(ZoneId.of("Europe/Berlin"))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(nightly.weeks()).as("Sunday 14:00 at UTC-12, Monday 16:00 at UTC+14: the weeks just ended and under way")
                .containsExactlyInAnyOrder(IsoWeek.parse("2026-W47"), IsoWeek.parse("2026-W48"), IsoWeek.parse("2026-W49"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "club, fifty, '', '', ''",
            "week, '', 2026-47, '', ''",
            "today, '', '', 25.11.2026, ''",
            "at, '', '', '', yesterday"})
    void namesTheParameterThatIsWrong(String field, String club, String week, String today, String at) {
        ScoringContext wrong = context(club, week, today, at);

        assertThatThrownBy(() -> {
            wrong.club();
            wrong.weeks();
        }).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
