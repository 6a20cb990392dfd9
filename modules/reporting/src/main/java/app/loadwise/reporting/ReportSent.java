package app.loadwise.reporting;

import app.loadwise.domain.common.IsoWeek;
import java.time.Instant;

/**
 * Fired inside the transaction that records a club-week's report as accepted by the mail server; observers record
 * what they need in that same transaction.
 */
public record ReportSent(long clubId, IsoWeek week, String downloadPath, Instant at) {
}
