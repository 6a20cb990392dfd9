package app.loadwise.webhooks.internal.store;

import app.loadwise.domain.common.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What a webhook can be told about, by the name receivers see in {@code type} and {@code Loadwise-Event}. */
public enum WebhookEventType {
    /** A red finding (athlete, ISO week, rule) that the webhook has not been told about. */
    FINDING_RED("finding.red"),
    /** A club-week's report email was accepted by the mail server. */
    REPORT_SENT("report.sent"),
    /** A test event sent on request; never subscribed to. */
    PING("ping");

    private final String apiName;

    WebhookEventType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The events a webhook may subscribe to. */
    public static List<WebhookEventType> subscribable() {
        return List.of(FINDING_RED, REPORT_SENT);
    }

    public static WebhookEventType fromApiName(String name, String field) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "unknown event '" + name + "'; one of "
                        + subscribable().stream().map(WebhookEventType::apiName).collect(Collectors.joining(", "))));
    }
}
