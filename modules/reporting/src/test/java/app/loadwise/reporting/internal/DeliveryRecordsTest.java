package app.loadwise.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.reporting.internal.store.DeliveryStatus;
import app.loadwise.reporting.internal.store.ReportDelivery;
import app.loadwise.reporting.internal.store.ReportDeliveryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryRecordsTest {

    private static final Instant AT = Instant.parse("2026-11-30T05:00:12Z");
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W48");

    @Test
    void aSentReportIsAnnouncedWithItsRecord() {
        ReportDelivery delivery = new ReportDelivery(7, WEEK, "schedule", AT.minusSeconds(5), AT.plusSeconds(600));
        List<String> announced = new ArrayList<>();
        DeliveryRecords records = new DeliveryRecords();
        records.deliveries = new ReportDeliveryRepository() {
            @Override
            public ReportDelivery get(long id) {
                return delivery;
            }
        };
        records.reportSent = new RecordedEvents<>(sent -> announced.add(sent.clubId() + " " + sent.week() + " "
                + sent.downloadPath() + " " + sent.at()));

        records.sent(50, AT, "coach@club.test", "<1@loadwise>");

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(announced).containsExactly("7 2026-W48 /api/v1/clubs/7/reports/2026-W48.xlsx " + AT);
    }
}
