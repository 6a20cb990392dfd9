package app.loadwise.server.http;

import app.loadwise.access.Hashes;
import app.loadwise.access.ResponseBodies;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every successful read carries a strong ETag, a hash of the body the caller gets; a read whose
 * {@code If-None-Match} names it answers 304 without a body. Bodies differ per caller, so caches must revalidate
 * and keep them private.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class ConditionalReads implements ContainerResponseFilter {

    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        Optional<byte[]> body = ResponseBodies.bytesOf(response, providers);
        if (body.isEmpty()) {
            return;
        }
        String tag = '"' + Hashes.sha256Hex(body.get()).substring(0, 32) + '"';
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        String cache = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (cache == null || !cache.contains("no-store")) {
            // an answer that must not be kept at all (the check-in a token opens) stays so
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** If-None-Match is {@code *} or a list of tags, weak ones compared by their value (RFC 9110 weak comparison). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag));
    }
}
