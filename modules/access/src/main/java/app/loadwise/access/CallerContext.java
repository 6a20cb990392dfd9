package app.loadwise.access;

import app.loadwise.domain.access.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The request's security context: the authenticated caller, whose role answers {@link #isUserInRole}. */
final class CallerContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;
    private final String scheme;

    CallerContext(Caller caller, boolean secure, String scheme) {
        this.caller = caller;
        this.secure = secure;
        this.scheme = scheme;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.role().apiName().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
