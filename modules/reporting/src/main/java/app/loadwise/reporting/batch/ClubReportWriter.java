package app.loadwise.reporting.batch;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.reporting.ReportDeliveries;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/**
 * Delivers each due club-week. Safe to run twice: a club-week that already has a delivery is left alone, so a
 * restarted or repeated run never mails again.
 */
@Named("clubReportWriter")
@Dependent
public class ClubReportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ClubReportWriter.class.getName());

    @Inject
    ReportDeliveries deliveries;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            ClubWeek due = (ClubWeek) item;
            deliveries.deliverScheduled(due.clubId(), IsoWeek.parse(due.week()))
                    .ifPresent(outcome -> LOG.info(() -> "Weekly report of club " + due.clubId() + ", " + due.week() + ": " + outcome));
        }
    }
}
