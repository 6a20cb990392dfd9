package app.loadwise.access;

import app.loadwise.domain.access.Caller;
import app.loadwise.domain.access.KeyScope;

/** What an endpoint needs. Club-bound permissions apply within the caller's own club only. */
public enum Permission {
    /** Any authenticated caller; the endpoint itself decides (for example a user reading themselves). */
    AUTHENTICATED("any signed-in caller"),
    /** Read the club's data. */
    READ("read access to the club"),
    /** Record training: sessions, wellness, imports, injuries. */
    LOG_WRITE("write access to the training log (coach, club admin or a read-write API key)"),
    /** Coaching decisions: acknowledge findings. */
    COACHING("a coach or club admin"),
    /** Change the club's roster: athletes. */
    CLUB_WRITE("a club admin or a read-write API key"),
    /** Club settings, users, API keys, data export and deletion, the audit log. */
    CLUB_ADMIN("a club admin"),
    /** Clubs, platform admins and batch runs. */
    PLATFORM("a platform admin");

    private final String needs;

    Permission(String needs) {
        this.needs = needs;
    }

    /** Who may do it, in words for a 403 answer. */
    public String needs() {
        return needs;
    }

    public boolean grantedTo(Caller caller) {
        return switch (caller.role()) {
            case PLATFORM_ADMIN -> true;
            case CLUB_ADMIN -> this != PLATFORM;
            case COACH -> this == AUTHENTICATED || this == READ || this == LOG_WRITE || this == COACHING;
            case INTEGRATION -> this == AUTHENTICATED || this == READ
                    || caller.scope() == KeyScope.READ_WRITE && (this == LOG_WRITE || this == CLUB_WRITE);
        };
    }
}
