package app.loadwise.recovery;

import java.time.LocalDate;

/**
 * How often each rule's red findings were followed by a recorded injury (or illness) within three weeks, for one
 * club and period; see docs/scoring.md, "Findings workflow", for the exact definition and its limits.
 */
public interface RulePrecision {

    /** The days after a finding's week in which a new injury or illness counts as following it. */
    int WINDOW_DAYS = 21;

    /** {@code from} and {@code to} (inclusive, both optional) select the finding weeks that overlap them. */
    RulePrecisionReport ofClub(long clubId, LocalDate from, LocalDate to);
}
