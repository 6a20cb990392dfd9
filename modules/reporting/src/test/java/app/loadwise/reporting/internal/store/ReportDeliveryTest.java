package app.loadwise.reporting.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.IsoWeek;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportDeliveryTest {

    private static final Instant AT = Instant.parse("2026-11-23T05:30:00Z");

    private static ReportDelivery held() {
        return new ReportDelivery(7, IsoWeek.parse("2026-W47"), "schedule", AT, AT.plus(Duration.ofMinutes(10)));
    }

    @Test
    void recordsEachAttemptAndEndsSentOrFailed() {
        ReportDelivery delivery = held();
        delivery.failed(AT, "MailConnectException", AT.plusSeconds(60));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RETRY_PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(AT.plusSeconds(60));
        delivery.failed(AT.plusSeconds(60), "x".repeat(3000), null);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.lastError()).hasSize(2000);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.attemptLog()).extracting(DeliveryAttempt::outcome).containsExactly("failed", "failed");
    }

    @Test
    void aFailedOrInterruptedDeliveryCanBeRetriedByHand() {
        ReportDelivery failed = held();
        failed.failed(AT, "refused", null);
        failed.retryAt(AT.plusSeconds(5));
        assertThat(failed.status()).isEqualTo(DeliveryStatus.RETRY_PENDING);
        assertThat(failed.nextAttemptAt()).isEqualTo(AT.plusSeconds(5));

        ReportDelivery interrupted = held();
        interrupted.retryAt(AT.plus(Duration.ofMinutes(11)));
        assertThat(interrupted.status()).isEqualTo(DeliveryStatus.RETRY_PENDING);
    }

    @Test
    void aSentOrStillHeldDeliveryIsNeverRetried() {
        ReportDelivery sending = held();
        assertThatThrownBy(() -> sending.retryAt(AT.plusSeconds(60))).isInstanceOf(ConflictException.class);
        ReportDelivery sent = held();
        sent.sent(AT, "coach@club.test", "<1@x>");
        assertThatThrownBy(() -> sent.retryAt(AT.plus(Duration.ofDays(1)))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("sent");
        ReportDelivery pending = held();
        pending.failed(AT, "refused", AT.plusSeconds(60));
        assertThatThrownBy(() -> pending.retryAt(AT.plusSeconds(5))).isInstanceOf(ConflictException.class);
    }
}
