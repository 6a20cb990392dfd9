package app.loadwise.app.security;

import app.loadwise.app.problem.Problem;
import app.loadwise.app.problem.Problems;
import app.loadwise.domain.access.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Every API request names its caller: {@code Authorization: Bearer lw_…} with an integration's API key, or HTTP
 * Basic with a user's username and password. Anything else is answered 401 with the schemes to use.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    /** The schemes a 401 answer offers, in its WWW-Authenticate header. */
    public static final String CHALLENGE = "Bearer realm=\"Loadwise\", Basic realm=\"Loadwise\", charset=\"UTF-8\"";

    @Context
    HttpServletRequest http;

    @Inject
    Authenticator authenticator;

    @Inject
    RateLimiter rateLimiter;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            request.abortWith(unauthorized("Authentication required",
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
                String username = credentials[0].strip().toLowerCase(java.util.Locale.ROOT) + "\n" + clientAddress();
                if (rateLimiter.signInsBlocked(username, System.nanoTime())) {
                    request.abortWith(Response.fromResponse(Problems.response(Problem.of(429, "Too many failed sign-ins",
                            "Too many wrong passwords for this user from this address; wait a minute before trying again.")))
                            .header("Retry-After", 60).build());
                    return;
                }
                caller = authenticator.byPassword(credentials[0], credentials[1]);
                if (caller.isEmpty()) {
                    rateLimiter.failedSignIn(username, System.nanoTime());
                }
            }
        } else {
            request.abortWith(unauthorized("Unsupported authentication",
                    "Use 'Authorization: Bearer <API key>' or HTTP Basic; no other scheme is accepted."));
            return;
        }
        if (caller.isEmpty()) {
            request.abortWith(unauthorized("Invalid credentials",
                    "The API key is unknown or revoked, or the username and password do not match an active user."));
            return;
        }
        request.setSecurityContext(new CallerContext(caller.get(), request.getSecurityContext().isSecure(), scheme));
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

    static Response unauthorized(String title, String detail) {
        return Response.fromResponse(Problems.response(Problem.of(401, title, detail)))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
