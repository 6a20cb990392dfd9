package app.loadwise.access;

import app.loadwise.access.internal.store.Tenancy.Owned;
import app.loadwise.access.internal.store.Tenancy;
import app.loadwise.domain.access.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * After authentication: an API key's rate limit (429), then the ids in the path — an id that is not plain ASCII
 * digits names nothing (404), and tenant isolation: an id that belongs to another club answers 404, exactly as if
 * it did not exist — then the endpoint's permission (403).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorization implements ContainerRequestFilter {

    /** The request property holding the club that the path's ids belong to, when they name one. */
    public static final String CLUB_PROPERTY = "loadwise.clubId";

    /** The request property holding an API key's rate-limit draw, for {@link RateLimitHeaders}. */
    static final String RATE_LIMIT_PROPERTY = "loadwise.rateLimit";

    /** Path parameters that name a record of a club, and which kind of record. */
    static final Map<String, Owned> OWNED_PARAMETERS = Map.of(
            "clubId", Owned.CLUB,
            "athleteId", Owned.ATHLETE,
            "sessionId", Owned.SESSION,
            "wellnessId", Owned.WELLNESS,
            "importId", Owned.IMPORT,
            "userId", Owned.USER,
            "apiKeyId", Owned.API_KEY);

    @Context
    ResourceInfo resource;

    @Inject
    Refusals refusals;

    @Inject
    Tenancy tenancy;

    @Inject
    RateLimiter rateLimiter;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            return;
        }
        RateLimiter.Decision draw = caller.apiKeyId() == null ? null : rateLimiter.draw(caller.identity(), System.nanoTime());
        if (draw != null && !draw.allowed()) {
            request.abortWith(Response.fromResponse(refusals.refuse(429, "Too many requests",
                            "This caller may send " + draw.limit() + " requests a minute; retry in " + draw.retryAfterSeconds() + " s."))
                    .header("Retry-After", draw.retryAfterSeconds()).header("RateLimit-Limit", draw.limit())
                    .header("RateLimit-Remaining", 0).build());
            return;
        }
        if (draw != null) {
            request.setProperty(RATE_LIMIT_PROPERTY, draw);
        }
        Map<String, List<String>> path = request.getUriInfo().getPathParameters();
        for (String name : numericPathParameters(resource.getResourceMethod())) {
            List<String> values = path.get(name);
            if (values != null && !values.isEmpty() && !isDigits(values.get(0))) {
                // "+1", " 1" or digits of another script would otherwise be read as the id 1
                request.abortWith(refusals.refuse(404, null, null));
                return;
            }
        }
        Long club = null;
        for (Map.Entry<String, List<String>> parameter : path.entrySet()) {
            Owned kind = OWNED_PARAMETERS.get(parameter.getKey());
            if (kind == null || parameter.getValue().isEmpty()) {
                continue;
            }
            Long id = number(parameter.getValue().get(0));
            if (id == null) {
                continue;
            }
            // a club member's own club exists and any other is not theirs: no query needed to tell
            Long owner = kind == Owned.CLUB && !caller.platformAdmin() ? (caller.sees(id) ? Long.valueOf(id) : null)
                    : tenancy.clubOf(kind, id).orElse(null);
            if (!caller.platformAdmin() && (owner == null || !caller.sees(owner))) {
                request.abortWith(refusals.refuse(404, "Not found",
                        kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + id + " does not exist"));
                return;
            }
            if (owner != null) {
                club = owner;
            }
        }
        if (club != null) {
            request.setProperty(CLUB_PROPERTY, club);
        }
        String endpoint = EndpointPolicy.endpointOf(resource.getResourceClass(), resource.getResourceMethod());
        Permission needed = EndpointPolicy.of(endpoint).orElse(Permission.PLATFORM);
        if (!needed.grantedTo(caller)) {
            request.abortWith(refusals.refuse(403, "Forbidden",
                    "A " + describe(caller) + " may not " + endpoint + "; it needs " + needed.needs() + "."));
        }
    }

    /** The path parameters the resource method reads as numbers (ids). */
    static List<String> numericPathParameters(Method method) {
        if (method == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            PathParam name = parameter.getAnnotation(PathParam.class);
            Class<?> type = parameter.getType();
            if (name != null && (type == long.class || type == Long.class || type == int.class || type == Integer.class)) {
                names.add(name.value());
            }
        }
        return names;
    }

    private static String describe(Caller caller) {
        return caller.scope() == null ? caller.role().apiName() : caller.scope().apiName() + " API key";
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** Plain ASCII digits, at least one, and nothing else: the form every id in a path takes. */
    private static boolean isDigits(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
