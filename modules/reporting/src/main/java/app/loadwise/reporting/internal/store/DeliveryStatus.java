package app.loadwise.reporting.internal.store;

import java.util.Locale;

/** Where a club-week's report delivery stands. */
public enum DeliveryStatus {
    /** An instance holds the delivery and is sending it (until its lease ends). */
    SENDING,
    /** The last attempt failed; another is due at the next attempt time. */
    RETRY_PENDING,
    /** The mail server accepted the message. Never sent again. */
    SENT,
    /** Every attempt failed; no more are made. */
    FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
