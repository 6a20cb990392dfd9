package app.loadwise.recovery.batch;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.recovery.internal.ScoringWeeks;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The run's notion of "today" and the weeks to score. A run is pinned to the instant it was started (job
 * property {@code at}), so a restart scores the same weeks; {@code today} overrides the local date for every club.
 */
@Dependent
public class ScoringContext {

    /** The earliest and latest offsets on Earth: a run's widest possible "today". */
    private static final ZoneId EARLIEST = ZoneOffset.ofHours(-12);
    private static final ZoneId LATEST = ZoneOffset.ofHours(14);

    @Inject
    JobContext job;

    @Inject
    Clock clock;

    private Properties properties() {
        return job.getProperties();
    }

    Instant reference() {
        String at = properties().getProperty("at", "");
        return at.isBlank() ? clock.instant() : Instant.parse(at.strip());
    }

    IsoWeek requestedWeek() {
        return JobParameters.optionalWeek(properties().getProperty("week", ""));
    }

    LocalDate today(ZoneId zone) {
        LocalDate pinned = JobParameters.optionalDate(properties().getProperty("today", ""), "today");
        return pinned != null ? pinned : LocalDate.ofInstant(reference(), zone);
    }

    List<ScoringWeeks.Target> targets(ZoneId zone) {
        return ScoringWeeks.targets(requestedWeek(), today(zone));
    }

    /** Targets wide enough for an athlete in any time zone; the reader loads records for this span. */
    List<ScoringWeeks.Target> widestTargets() {
        List<ScoringWeeks.Target> all = new ArrayList<>(targets(EARLIEST));
        all.addAll(targets(LATEST));
        return all;
    }
}
