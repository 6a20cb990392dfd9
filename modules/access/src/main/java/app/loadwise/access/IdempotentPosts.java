package app.loadwise.access;

import app.loadwise.access.internal.IdempotencyKeys;
import app.loadwise.access.internal.store.IdempotentRequests.Kept;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.InvalidValueException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A POST with an {@code Idempotency-Key} header is carried out once per caller and key: sent again (a retry after a
 * timeout) it gets the first answer back, marked {@code Idempotent-Replayed: true}, and changes nothing. The same
 * key with a different request answers 422; while the first is still running, 409. Answers are kept 24 hours;
 * a 5xx answer is not kept, so the request can be retried with the same key, and neither is an answer marked
 * {@code Cache-Control: no-store} (a new API key with its secret), so no secret is ever stored.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class IdempotentPosts implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String PROPERTY = "loadwise.idempotency";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final int MAX_KEPT_BODY = 1_000_000;
    private static final Logger LOG = Logger.getLogger(IdempotentPosts.class.getName());

    private record Pending(String caller, String key) {
    }

    @Context
    Providers providers;

    @Inject
    IdempotencyKeys keys;

    @Inject
    Refusals refusals;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())
                || !(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            return;
        }
        if (!KEY.matcher(key).matches()) {
            request.abortWith(refusals.refuseInput(HEADER + " must be 1-200 visible ASCII characters, e.g. a UUID",
                    List.of(new InvalidValueException(HEADER, "1-200 visible ASCII characters"))));
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+", "");
        String requestHash = hashOf(request, path);
        Optional<Kept> kept = keys.find(caller.identity(), key);
        if (kept.isPresent() && !keys.abandoned(kept.get())) {
            request.abortWith(answerTo(kept.get(), requestHash));
            return;
        }
        try {
            keys.start(caller.identity(), key, kept.orElse(null), requestHash, "POST", path);
        } catch (RuntimeException raced) {
            if (!IdempotencyKeys.isDuplicateKey(raced)) {
                throw raced;
            }
            request.abortWith(refusals.refuse(409, "Conflict",
                    "A request with this " + HEADER + " is being processed; retry it in a moment."));
            return;
        }
        request.setProperty(PROPERTY, new Pending(caller.identity(), key));
    }

    /** The body's hash for JSON requests; file uploads, which may be large, are known by their path only. */
    private static String hashOf(ContainerRequestContext request, String path) throws IOException {
        MediaType type = request.getMediaType();
        String head = "POST " + path + "\n";
        if (type != null && "multipart".equalsIgnoreCase(type.getType())) {
            return Hashes.sha256Hex(head + "multipart");
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return Hashes.sha256Hex(all);
    }

    private Response answerTo(Kept kept, String requestHash) {
        if (!kept.requestHash().equals(requestHash)) {
            return refusals.refuse(422, "Idempotency-Key reused",
                    "This " + HEADER + " was used for a different request (" + kept.method() + " " + kept.path()
                            + "); use a new key for a new request.",
                    List.of(new InvalidValueException(HEADER, "used before for a different request")));
        }
        if (!kept.answered()) {
            return refusals.refuse(409, "Conflict",
                    "The first request with this " + HEADER + " is still being processed; retry it in a moment.");
        }
        Response.ResponseBuilder replay = Response.status(kept.status()).header("Idempotent-Replayed", "true");
        if (kept.body() != null) {
            replay.entity(kept.body().getBytes(StandardCharsets.UTF_8)).type(kept.contentType());
        }
        if (kept.location() != null) {
            replay.location(URI.create(kept.location()));
        }
        return replay.build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PROPERTY) instanceof Pending pending)) {
            return;
        }
        try {
            // An answer that must not be stored (a new API key's secret) is not kept; a retry is carried out again.
            boolean secret = String.valueOf(response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL)).contains("no-store");
            Optional<byte[]> body = response.getStatus() >= 500 || secret ? Optional.empty() : ResponseBodies.bytesOf(response, providers);
            boolean keepable = response.getStatus() < 500 && !secret && (response.getEntity() == null
                    || body.isPresent() && body.get().length <= MAX_KEPT_BODY);
            if (!keepable) {
                keys.forget(pending.caller(), pending.key());
                return;
            }
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            keys.answer(pending.caller(), pending.key(), response.getStatus(),
                    response.getMediaType() == null ? null : response.getMediaType().toString(),
                    location == null ? null : location.toString(),
                    body.map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(null));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not keep the answer for an " + HEADER + "; a retry will be refused for a few minutes", e);
        }
    }
}
