package app.loadwise.access;

import app.loadwise.access.internal.store.ApiKey;
import app.loadwise.access.internal.store.AuditEntry;
import app.loadwise.access.internal.store.UserAccount;
import app.loadwise.domain.access.Caller;
import java.time.Instant;

/** The records the access API answers with and accepts. Password hashes and key secrets never appear in them. */
public final class AccessViews {

    private AccessViews() {
    }

    /** A new user: a club admin or coach of a club, or a platform admin. */
    public record NewUser(String username, String displayName, String role, String password) {
    }

    /** Changes to a user; absent fields stay as they are. */
    public record UserChange(String displayName, String role, Boolean enabled) {
    }

    /** A new password; the current one is needed when users change their own. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record UserView(long id, String username, String displayName, String role, Long clubId, boolean enabled,
            Instant createdAt, Instant passwordChangedAt) {

        public static UserView of(UserAccount user) {
            return new UserView(user.id(), user.username(), user.displayName(), user.role().apiName(), user.clubId(),
                    user.enabled(), user.createdAt(), user.passwordChangedAt());
        }
    }

    /** A new API key for an integration: what it is for, and read or read-write. */
    public record NewApiKey(String name, String scope) {
    }

    /** A key as listed: its public prefix names it, the secret is never shown again. */
    public record ApiKeyView(long id, long clubId, String name, String scope, String prefix, String createdBy,
            Instant createdAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

        public static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id(), key.clubId(), key.name(), key.scope().apiName(), "lw_" + key.publicId() + "_",
                    key.createdBy(), key.createdAt(), key.lastUsedAt(), key.revokedAt(), key.revokedBy());
        }
    }

    /** A key just issued, with its full text: shown this once, then only its hash is kept. */
    public record IssuedApiKey(ApiKeyView key, String token) {
    }

    /** Who the caller is. */
    public record MeView(String name, String role, Long clubId, String scope, Long userId, Long apiKeyId) {

        public static MeView of(Caller caller) {
            return new MeView(caller.name(), caller.role().apiName(), caller.clubId(),
                    caller.scope() == null ? null : caller.scope().apiName(), caller.userId(), caller.apiKeyId());
        }
    }

    public record AuditView(long id, Instant at, String actor, String actorKind, Long clubId, String action, String target,
            int status, String detail) {

        public static AuditView of(AuditEntry entry) {
            return new AuditView(entry.id(), entry.at(), entry.actor(), entry.actorKind(), entry.clubId(), entry.action(),
                    entry.target(), entry.status(), entry.detail());
        }
    }
}
