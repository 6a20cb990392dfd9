package app.loadwise.access.internal.store;

import app.loadwise.domain.access.Role;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** A person who signs in: a platform admin, or a club admin or coach of one club. Holds a password hash only. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "club_id", updatable = false)
    private Long clubId;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, Role role, Long clubId, String passwordHash, Instant at) {
        this.username = normalizeUsername(username);
        requireClubFor(role, clubId);
        InvalidValueException.require(role != Role.INTEGRATION, "role", "integrations use API keys, not user accounts");
        this.role = role;
        this.clubId = clubId;
        rename(displayName);
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = at;
        this.passwordChangedAt = at;
    }

    /** Usernames compare without case: stored trimmed and lower-case. */
    public static String normalizeUsername(String username) {
        InvalidValueException.require(username != null && !username.isBlank(), "username", "username is required");
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        InvalidValueException.require(USERNAME.matcher(normalized).matches(), "username",
                "username must be 2-100 characters of letters, digits and . _ @ + -, starting with a letter or digit");
        return normalized;
    }

    private static void requireClubFor(Role role, Long clubId) {
        InvalidValueException.require(role != null, "role", "role is required");
        if (role == Role.PLATFORM_ADMIN) {
            InvalidValueException.require(clubId == null, "clubId", "a platform admin belongs to no club");
        } else {
            InvalidValueException.require(clubId != null, "clubId", "a " + role.apiName() + " belongs to a club");
        }
    }

    public void rename(String newDisplayName) {
        InvalidValueException.require(newDisplayName == null || newDisplayName.strip().length() <= 200, "displayName",
                "displayName must be at most 200 characters");
        this.displayName = newDisplayName == null || newDisplayName.isBlank() ? null : newDisplayName.strip();
    }

    /** A club user's role may change between club admin and coach; nobody becomes or stops being platform admin. */
    public void changeRole(Role newRole) {
        InvalidValueException.require(newRole != null, "role", "role is required");
        InvalidValueException.require((role == Role.PLATFORM_ADMIN) == (newRole == Role.PLATFORM_ADMIN), "role",
                "a platform admin stays a platform admin and a club user stays in their club");
        InvalidValueException.require(newRole != Role.INTEGRATION, "role", "integrations use API keys, not user accounts");
        this.role = newRole;
    }

    public void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Long clubId() {
        return clubId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public long version() {
        return version;
    }
}
