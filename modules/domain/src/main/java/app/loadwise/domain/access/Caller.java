package app.loadwise.domain.access;

import java.security.Principal;

/**
 * Who is calling the API: a signed-in user or an integration's API key, with their role and club. It is the
 * principal of the request's security context, so resources that list across clubs can narrow to the caller's.
 *
 * @param name      the username, or {@code key:<public id>} for an API key
 * @param role      what the caller may do
 * @param clubId    the caller's club; null for a platform admin
 * @param scope     an API key's scope; null for a user
 * @param userId    the user's id; null for an API key
 * @param apiKeyId  the key's id; null for a user
 */
public record Caller(String name, Role role, Long clubId, KeyScope scope, Long userId, Long apiKeyId) implements Principal {

    /** Who a change is recorded as when a request carries no authenticated caller. */
    public static final String ANONYMOUS = "anonymous";

    /** The name a change is recorded under: the principal's, or {@link #ANONYMOUS} without one. */
    public static String nameOf(Principal principal) {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean platformAdmin() {
        return role == Role.PLATFORM_ADMIN;
    }

    /** True when the caller is this user (signed in as them, not through an API key). */
    public boolean isUser(long id) {
        return userId != null && userId == id;
    }

    /** True when the caller may see the club: a platform admin sees every club, anyone else their own. */
    public boolean sees(long club) {
        return platformAdmin() || clubId != null && clubId == club;
    }

    /** A stable key for this caller's kept idempotent requests and rate limit. */
    public String identity() {
        return userId != null ? "user:" + userId : "key:" + apiKeyId;
    }
}
