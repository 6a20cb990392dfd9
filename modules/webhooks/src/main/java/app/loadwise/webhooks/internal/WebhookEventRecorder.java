package app.loadwise.webhooks.internal;

import app.loadwise.recovery.RedFindingsScored;
import app.loadwise.reporting.ReportSent;
import app.loadwise.webhooks.internal.store.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Puts what other modules announce into the webhook outbox, synchronously, in the transaction that announced it: a
 * rolled-back chunk or delivery leaves no event behind, and a committed one always has its deliveries.
 */
@ApplicationScoped
public class WebhookEventRecorder {

    private WebhookOutbox outbox;

    protected WebhookEventRecorder() {
    }

    @Inject
    public WebhookEventRecorder(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    void redFindings(@Observes RedFindingsScored scored) {
        outbox.recordRedFindings(scored.findings(), scored.at());
    }

    void reportSent(@Observes ReportSent sent) {
        outbox.recordReportSent(sent.clubId(), sent.week(), sent.downloadPath(), sent.at());
    }
}
