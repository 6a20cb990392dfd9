package app.loadwise.access;

import app.loadwise.domain.access.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every API request names its caller: {@code Authorization: Bearer lw_…} with an integration's API key, or HTTP
 * Basic with a user's username and password. Anything else is answered 401 with the schemes to use. It runs before
 * the request is matched to a resource, so that a caller without credentials learns nothing about which paths
 * exist: an unknown path answers 401 too.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    /** The schemes a 401 answer offers, in its WWW-Authenticate header. */
    public static final String CHALLENGE = "Bearer realm=\"Loadwise\", Basic realm=\"Loadwise\", charset=\"UTF-8\"";

    /**
     * The challenge answered to the web app (a request with a session cookie or an {@code X-Requested-With} header):
     * without Basic, so the browser shows its own sign-in page rather than a password dialog.
     */
    public static final String SESSION_CHALLENGE = "Session realm=\"Loadwise\"";

    @Context
    HttpServletRequest http;

    @Inject
    Refusals refusals;

    @Inject
    Authenticator authenticator;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    BrowserSessions sessions;

    /** The scheme of a request signed in by a browser session. */
    public static final String SESSION_SCHEME = "Session";

    @Override
    public void filter(ContainerRequestContext request) {
        if (isSignIn(request) || EndpointPolicy.isTokenPath(request.getUriInfo().getPath())) {
            // signing in, and the athlete's check-in whose link's token is its only credential
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Cookie cookie = request.getCookies().get(BrowserSessions.COOKIE);
        if ((header == null || header.isBlank()) && cookie != null) {
            bySession(request, cookie.getValue());
            return;
        }
        if (header == null || header.isBlank()) {
            request.abortWith(unauthorized(request, "Authentication required",
                    "Send an API key as 'Authorization: Bearer lw_…', or a username and password with HTTP Basic."));
            return;
        }
        String value = header.strip();
        Optional<Caller> caller;
        String scheme;
        if (startsWith(value, "Bearer ")) {
            scheme = "Bearer";
            caller = authenticator.byKey(value.substring(7).strip());
        } else if (startsWith(value, "Basic ")) {
            scheme = SecurityContext.BASIC_AUTH;
            String[] credentials = basic(value.substring(6).strip());
            if (credentials == null) {
                caller = Optional.empty();
            } else {
                // Failed sign-ins are limited per username and client address, so passwords cannot be guessed fast,
                // and wrong guesses from one address do not lock the user out everywhere else.
                String username = credentials[0].strip().toLowerCase(Locale.ROOT) + "\n" + clientAddress();
                if (rateLimiter.signInsBlocked(username, System.nanoTime())) {
                    request.abortWith(Response.fromResponse(refusals.refuse(429, "Too many failed sign-ins",
                            "Too many wrong passwords for this user from this address; wait a minute before trying again."))
                            .header("Retry-After", 60).build());
                    return;
                }
                caller = authenticator.byPassword(credentials[0], credentials[1]);
                if (caller.isEmpty()) {
                    rateLimiter.failedSignIn(username, System.nanoTime());
                }
            }
        } else {
            request.abortWith(unauthorized(request, "Unsupported authentication",
                    "Use 'Authorization: Bearer <API key>' or HTTP Basic; no other scheme is accepted."));
            return;
        }
        if (caller.isEmpty()) {
            request.abortWith(unauthorized(request, "Invalid credentials",
                    "The API key is unknown or revoked, or the username and password do not match an active user."));
            return;
        }
        request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext().isSecure(), scheme));
    }

    private void bySession(ContainerRequestContext request, String token) {
        Optional<BrowserSessions.Session> session = sessions.find(token);
        if (session.isEmpty() && isPageNavigation(request)) {
            // a download link clicked after the session ended: back to the sign-in page, then to the page it was on
            request.abortWith(Response.seeOther(URI.create("/sign-in?expired=1&next="
                    + URLEncoder.encode(refererPath(request), StandardCharsets.UTF_8))).build());
            return;
        }
        if (session.isEmpty()) {
            request.abortWith(unauthorized(request, "Session expired",
                    "Your session has ended (signed out, or unused for a while); sign in again."));
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !BrowserSessions.csrfMatches(session.get(),
                request.getHeaderString(BrowserSessions.CSRF_HEADER))) {
            request.abortWith(refusals.refuse(403, "CSRF token missing",
                    "A request signed in by a browser session that changes anything must carry the session's CSRF token in the "
                            + BrowserSessions.CSRF_HEADER + " header (GET /api/v1/session returns it)."));
            return;
        }
        request.setProperty(SESSION_PROPERTY, session.get());
        request.setSecurityContext(new CallerContext(session.get().caller(), request.getSecurityContext().isSecure(), SESSION_SCHEME));
    }

    /** A link followed or typed in the browser (a download), not a request of the web app's code. */
    static boolean isPageNavigation(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && request.getHeaderString("X-Requested-With") == null
                && accept != null && accept.contains("text/html");
    }

    /** The app page the browser came from (same site only), or the home page. */
    static String refererPath(ContainerRequestContext request) {
        String referer = request.getHeaderString("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String host = request.getUriInfo().getBaseUri().getHost();
            String path = uri.getRawPath();
            boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(host);
            return sameSite && path != null && path.startsWith("/") && !path.startsWith("/api/") && !path.startsWith("//")
                    ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : "/";
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }

    /** The request property holding the browser session a request was signed in by. */
    public static final String SESSION_PROPERTY = "loadwise.browserSession";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private static boolean isSignIn(ContainerRequestContext request) {
        return "POST".equals(request.getMethod()) && "session".equals(request.getUriInfo().getPath().replaceAll("^/+|/+$", ""));
    }

    private String clientAddress() {
        return http == null ? "" : String.valueOf(http.getRemoteAddr());
    }

    /** Username and password of a Basic credential, or null when it is not one. */
    private static String[] basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static boolean startsWith(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private Response unauthorized(ContainerRequestContext request, String title, String detail) {
        boolean webApp = request.getHeaderString("X-Requested-With") != null
                || request.getCookies().containsKey(BrowserSessions.COOKIE);
        return Response.fromResponse(refusals.refuse(401, title, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, webApp ? SESSION_CHALLENGE : CHALLENGE).build();
    }
}
