package app.loadwise.recovery.internal;

import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.health.HealthEventRepository;
import app.loadwise.domain.recovery.ClubFindingRows;
import app.loadwise.recovery.RulePrecision;
import app.loadwise.recovery.RulePrecisionReport;
import app.loadwise.recovery.engine.RecoveryEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Reads a club's findings, scored weeks and health events in three set-wise queries and hands them to the calculator. */
@ApplicationScoped
@Transactional
public class RulePrecisionService implements RulePrecision {

    /** The longest period one report covers. */
    static final int MAX_PERIOD_DAYS = 731;

    @Inject
    ClubRepository clubs;

    @Inject
    ClubFindingRows rows;

    @Inject
    HealthEventRepository events;

    @Inject
    Clock clock;

    @Override
    public RulePrecisionReport ofClub(long clubId, LocalDate from, LocalDate to) {
        Club club = clubs.get(clubId);
        LocalDate today = LocalDate.now(clock.withZone(club.timeZone()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusWeeks(52).plusDays(1) : from;
        DateRange.of(start, end);
        InvalidValueException.require(ChronoUnit.DAYS.between(start, end) < MAX_PERIOD_DAYS, "from",
                "the period may span at most " + MAX_PERIOD_DAYS + " days");
        IsoWeek first = IsoWeek.of(start);
        IsoWeek last = IsoWeek.of(end);
        // Red findings up to four weeks before the period can precede an injury that starts in it.
        LocalDate lookback = IsoWeek.of(start.minusDays(6L + WINDOW_DAYS)).monday();
        String version = RecoveryEngine.FORMULA_VERSION;
        LocalDate lastStart = last.sunday().plusDays(WINDOW_DAYS);
        var input = new RulePrecisionCalculator.Input(first.monday(), last.monday(), start, end, today,
                rows.redAndAmberFindings(clubId, version, lookback, last.monday()),
                rows.scoredWeeks(clubId, version, lookback, last.monday()),
                events.ofClub(clubId, lastStart.isAfter(end) ? lastStart : end, lookback));
        return RulePrecisionCalculator.calculate(clubId, version, first.toString(), last.toString(), input);
    }
}
