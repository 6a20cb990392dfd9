package app.loadwise.recovery.batch;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.jobs.JobProperties;
import app.loadwise.recovery.internal.ScoringWeeks;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The run's job parameters that are no plain numbers, read in this one place with errors that name the parameter
 * (Jakarta Batch injects only strings, numbers and booleans): the club, the requested week, the run's instant and
 * its "today", and from them the weeks to score. A run is pinned to the instant it was started (job property
 * {@code at}), so a restart scores the same weeks; {@code today} overrides the local date for every club. An empty
 * value means "not given".
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

    private String given(String name) {
        return JobProperties.given(job, name);
    }

    /** The club whose athletes the run scores; null for every club. */
    Long club() {
        String club = given("club");
        try {
            return club == null ? null : Long.valueOf(club);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("club", "club must be a club id (a whole number), got '" + club + "'");
        }
    }

    Instant reference() {
        String at = given("at");
        try {
            return at == null ? clock.instant() : Instant.parse(at);
        } catch (DateTimeException e) {
            throw new InvalidValueException("at", "at must be an instant such as 2026-11-23T02:00:00Z, got '" + at + "'");
        }
    }

    IsoWeek requestedWeek() {
        String week = given("week");
        return week == null ? null : IsoWeek.parse(week);
    }

    LocalDate today(ZoneId zone) {
        String today = given("today");
        if (today == null) {
            return LocalDate.ofInstant(reference(), zone);
        }
        try {
            return LocalDate.parse(today);
        } catch (DateTimeException e) {
            throw new InvalidValueException("today", "today must be a date like 2026-03-02, got '" + today + "'");
        }
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

    /** Every week the run may score, whatever an athlete's time zone. */
    Set<IsoWeek> weeks() {
        Set<IsoWeek> weeks = new LinkedHashSet<>();
        widestTargets().forEach(target -> weeks.add(target.week()));
        return weeks;
    }
}
