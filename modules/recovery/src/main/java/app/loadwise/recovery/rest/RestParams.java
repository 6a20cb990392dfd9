package app.loadwise.recovery.rest;

import jakarta.ws.rs.core.SecurityContext;

/** Names the caller a change is recorded as. */
final class RestParams {

    /** Who a change is recorded as when the request carries no authenticated caller. */
    static final String ANONYMOUS = "anonymous";

    private RestParams() {
    }

    /** The authenticated caller's name, or "anonymous". */
    static String caller(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return ANONYMOUS;
        }
        String name = security.getUserPrincipal().getName();
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }
}
