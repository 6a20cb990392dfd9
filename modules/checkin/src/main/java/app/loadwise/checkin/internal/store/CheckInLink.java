package app.loadwise.checkin.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An athlete's personal check-in link. Only the SHA-256 of its token is kept; the token is shown once, when the link
 * is issued. A link works until it expires or is revoked; an athlete has at most one that works.
 */
@Entity
@Table(name = "check_in_link")
public class CheckInLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_link_seq")
    @SequenceGenerator(name = "check_in_link_seq", sequenceName = "check_in_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "athlete_id", nullable = false, updatable = false)
    private Long athleteId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "issued_by", length = 200, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected CheckInLink() {
    }

    public CheckInLink(long athleteId, String tokenHash, String issuedBy, Instant issuedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a check-in link must expire after it is issued");
        }
        this.athleteId = athleteId;
        this.tokenHash = tokenHash;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /** Stops the link at once; revoking a revoked link changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** True while the link opens the check-in: not revoked and not expired. */
    public boolean worksAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public long athleteId() {
        return athleteId;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
