package app.loadwise.traininglog.rest;

import app.loadwise.domain.access.Caller;
import app.loadwise.traininglog.importing.BulkImports;
import app.loadwise.traininglog.importing.BulkRequest;
import app.loadwise.traininglog.importing.BulkResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** Bulk writes for integrations: many sessions or wellness entries in one call, handled as an import of the club. */
public final class ClubBulkResources {

    private ClubBulkResources() {
    }

    static Response answer(BulkResult result, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(result);
        if (result.importId() != null) {
            response.location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(result.importId())).build());
        }
        return response.build();
    }

    /** {@code POST /clubs/{clubId}/sessions/bulk}. */
    @Path("clubs/{clubId}/sessions/bulk")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Sessions {
        @Inject
        BulkImports bulk;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @POST
        public Response write(@PathParam("clubId") long clubId,
                @NotNull(message = "a JSON body is required") BulkRequest.Sessions request) {
            return answer(bulk.sessions(clubId, request, Caller.nameOf(security.getUserPrincipal())), uri);
        }
    }

    /** {@code POST /clubs/{clubId}/wellness/bulk}. */
    @Path("clubs/{clubId}/wellness/bulk")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Wellness {
        @Inject
        BulkImports bulk;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @POST
        public Response write(@PathParam("clubId") long clubId,
                @NotNull(message = "a JSON body is required") BulkRequest.Wellness request) {
            return answer(bulk.wellness(clubId, request, Caller.nameOf(security.getUserPrincipal())), uri);
        }
    }
}
