package app.loadwise.access.rest;

import app.loadwise.access.AccessViews.MeView;
import app.loadwise.access.ApiAuthentication;
import app.loadwise.access.Authenticator;
import app.loadwise.access.BrowserSessions;
import app.loadwise.access.RateLimiter;
import app.loadwise.access.Refusals;
import app.loadwise.access.internal.store.UserAccountRepository;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.InvalidValueException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;

/**
 * Browser sign-in: a username and password start a server-side session held in an HttpOnly, SameSite=Strict
 * cookie (Secure behind HTTPS); the answer carries the CSRF token that writes must send. Integrations keep using
 * API keys or HTTP Basic.
 */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** Username and password, as typed on the sign-in page. */
    public record SignIn(String username, String password) {
    }

    /** A browser session: its CSRF token, how long it lasts unused, and who is signed in. */
    public record BrowserSessionView(String csrfToken, long idleTimeoutSeconds, String displayName, MeView me) {
    }

    @Inject
    Refusals refusals;

    @Inject
    BrowserSessions sessions;

    @Inject
    Authenticator authenticator;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    UserAccountRepository users;

    @Context
    HttpServletRequest http;

    @Context
    ContainerRequestContext request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(SignIn body) {
        InvalidValueException.require(body != null, "body", "a JSON body with username and password is required");
        InvalidValueException.require(body.username() != null && !body.username().isBlank(), "username", "username is required");
        InvalidValueException.require(body.password() != null && !body.password().isEmpty(), "password", "password is required");
        String limitKey = body.username().strip().toLowerCase(Locale.ROOT) + "\n" + http.getRemoteAddr();
        if (rateLimiter.signInsBlocked(limitKey, System.nanoTime())) {
            return Response.fromResponse(refusals.refuse(429, "Too many failed sign-ins",
                            "Too many wrong passwords for this user from this address; wait a minute before trying again."))
                    .header("Retry-After", 60).build();
        }
        Optional<Caller> caller = authenticator.byPassword(body.username(), body.password());
        if (caller.isEmpty()) {
            rateLimiter.failedSignIn(limitKey, System.nanoTime());
            return Response.fromResponse(refusals.refuse(401, "Invalid credentials",
                            "The username and password do not match an active user."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, ApiAuthentication.SESSION_CHALLENGE).build();
        }
        BrowserSessions.Started started = sessions.start(caller.get());
        return Response.status(Response.Status.CREATED)
                .cookie(cookie(started.token(), false))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(view(caller.get(), started.csrfToken())).build();
    }

    /** The browser's session, with its CSRF token again (after a page reload). */
    @GET
    public Response current() {
        if (!(request.getProperty(ApiAuthentication.SESSION_PROPERTY) instanceof BrowserSessions.Session session)) {
            return refusals.refuse(404, "No browser session",
                    "This request was not signed in by a browser session cookie; sign in with POST /api/v1/session.");
        }
        return Response.ok(view(session.caller(), session.csrfToken())).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** Signs out: the session ends on every instance and the cookie is cleared. */
    @DELETE
    public Response signOut() {
        jakarta.ws.rs.core.Cookie cookie = request.getCookies().get(BrowserSessions.COOKIE);
        if (cookie != null) {
            sessions.end(cookie.getValue());
        }
        return Response.noContent().cookie(cookie("", true)).build();
    }

    private BrowserSessionView view(Caller caller, String csrfToken) {
        String displayName = caller.userId() == null ? null
                : users.find(caller.userId()).map(u -> u.displayName() == null ? u.username() : u.displayName()).orElse(null);
        return new BrowserSessionView(csrfToken, sessions.idleTimeout().toSeconds(), displayName, MeView.of(caller));
    }

    private NewCookie cookie(String value, boolean expired) {
        boolean secure = request.getSecurityContext().isSecure()
                || "https".equalsIgnoreCase(request.getHeaderString("X-Forwarded-Proto"));
        NewCookie.Builder cookie = new NewCookie.Builder(BrowserSessions.COOKIE).value(value).path("/").httpOnly(true)
                .secure(secure).sameSite(NewCookie.SameSite.STRICT);
        if (expired) {
            cookie.maxAge(0);
        }
        return cookie.build();
    }
}
