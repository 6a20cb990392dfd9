package app.loadwise.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Tells an API key's caller, on every answer, its limit and how many requests it has left right now. */
@Provider
public class RateLimitHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ApiAuthorization.RATE_LIMIT_PROPERTY) instanceof RateLimiter.Decision draw
                && !response.getHeaders().containsKey("RateLimit-Limit")) {
            response.getHeaders().putSingle("RateLimit-Limit", draw.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", draw.remaining());
        }
    }
}
