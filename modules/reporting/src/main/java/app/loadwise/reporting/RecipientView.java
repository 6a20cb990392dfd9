package app.loadwise.reporting;

import app.loadwise.reporting.internal.store.ReportRecipient;
import java.time.Instant;

/** A club's report recipient. */
public record RecipientView(long id, long clubId, String email, String name, Instant addedAt) {

    static RecipientView of(ReportRecipient r) {
        return new RecipientView(r.id(), r.clubId(), r.email(), r.name(), r.addedAt());
    }
}
