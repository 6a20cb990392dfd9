package app.loadwise.access;

import app.loadwise.domain.access.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every change made through the API in the audit log — imports, deletions, users, roles and keys among
 * them — with its outcome; refusals (403) and conflicts are recorded too. Reads are not.
 */
@Provider
@Priority(Priorities.USER)
public class ApiAudit implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ApiAudit.class.getName());
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Context
    ResourceInfo resource;

    @Inject
    Refusals refusals;

    @Inject
    AuditTrail trail;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!CHANGES.contains(request.getMethod())
                || !(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)
                || !recorded(response.getStatus())
                || response.getHeaders().containsKey("Idempotent-Replayed")) {
            // A replayed answer changed nothing.
            return;
        }
        String action = resource.getResourceMethod() == null ? request.getMethod() + " " + request.getUriInfo().getPath()
                : EndpointPolicy.endpointOf(resource.getResourceClass(), resource.getResourceMethod());
        String target = "/" + request.getUriInfo().getPath().replaceAll("^/+", "");
        if ("true".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("dryRun"))) {
            // a check that wrote nothing is told apart from the change itself
            target += "?dryRun=true";
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            String created = location instanceof URI uri ? uri.getPath() : location.toString();
            int api = created.indexOf("/api/v1/");
            target = api >= 0 ? created.substring(api + "/api/v1".length()) : created;
        }
        Long club = (Long) request.getProperty(ApiAuthorization.CLUB_PROPERTY);
        if (club == null && caller.clubId() != null) {
            club = caller.clubId();
        }
        try {
            // a refusal keeps its reason, as the caller was told it
            String detail = refusals.detailOf(response.getEntity());
            trail.record(caller, club, action, target, response.getStatus(), detail);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not write the audit entry for " + action + " " + target, e);
        }
    }

    private static boolean recorded(int status) {
        return status < 400 || status == 403 || status == 409 || status >= 500;
    }
}
