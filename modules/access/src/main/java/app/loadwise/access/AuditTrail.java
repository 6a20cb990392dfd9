package app.loadwise.access;

import app.loadwise.access.AccessViews.AuditView;
import app.loadwise.access.internal.store.AuditEntry;
import app.loadwise.access.internal.store.AuditLog;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Writes and reads the audit log. An entry is written in its own transaction, whatever became of the change. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Caller caller, Long clubId, String action, String target, int status, String detail) {
        log.append(new AuditEntry(clock.instant(), caller.name(), caller.userId() != null ? "user" : "api-key", clubId, action,
                target, status, detail));
    }

    @Transactional
    public Page<AuditView> list(Long clubId, Instant from, Instant to, PageRequest page) {
        InvalidValueException.require(from == null || to == null || !from.isAfter(to), "from",
                "from (" + from + ") must not be after to (" + to + ")");
        return log.list(clubId, from, to, page).map(AuditView::of);
    }
}
