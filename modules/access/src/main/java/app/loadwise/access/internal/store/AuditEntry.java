package app.loadwise.access.internal.store;

import app.loadwise.domain.common.ColumnText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change made through the API: who, when, to which club, what, and how it ended. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "actor_kind", nullable = false, length = 20, updatable = false)
    private String actorKind;

    @Column(name = "club_id", updatable = false)
    private Long clubId;

    @Column(nullable = false, length = 200, updatable = false)
    private String action;

    @Column(length = 500, updatable = false)
    private String target;

    @Column(nullable = false, updatable = false)
    private int status;

    @Column(length = 2000, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String actorKind, Long clubId, String action, String target, int status,
            String detail) {
        this.at = at;
        this.actor = ColumnText.clipMarked(actor, 100);
        this.actorKind = actorKind;
        this.clubId = clubId;
        this.action = ColumnText.clipMarked(action, 200);
        this.target = ColumnText.clipMarked(target, 500);
        this.status = status;
        this.detail = ColumnText.clipMarked(detail, 2000);
    }


    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String actorKind() {
        return actorKind;
    }

    public Long clubId() {
        return clubId;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
