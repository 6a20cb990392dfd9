package app.loadwise.access.internal.store;

import app.loadwise.domain.access.KeyScope;
import app.loadwise.domain.common.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An integration's key to one club's API. Only the public id and a SHA-256 hash of the secret are kept; the full key
 * is shown once, when it is issued. A revoked key stays listed.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private KeyScope scope;

    @Column(name = "public_id", nullable = false, length = 32, updatable = false)
    private String publicId;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected ApiKey() {
    }

    public ApiKey(long clubId, String name, KeyScope scope, String publicId, String secretHash, String createdBy, Instant at) {
        InvalidValueException.require(name != null && !name.isBlank(), "name", "name is required, e.g. the integration it is for");
        InvalidValueException.require(name.strip().length() <= 200, "name", "name must be at most 200 characters");
        InvalidValueException.require(scope != null, "scope", "scope is required: read or read-write");
        this.clubId = clubId;
        this.name = name.strip();
        this.scope = scope;
        this.publicId = publicId;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public void revoke(String by, Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
            this.revokedBy = by;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public Long clubId() {
        return clubId;
    }

    public String name() {
        return name;
    }

    public KeyScope scope() {
        return scope;
    }

    public String publicId() {
        return publicId;
    }

    public String secretHash() {
        return secretHash;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
