package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.SessionRequest;
import app.loadwise.traininglog.SessionService;
import app.loadwise.traininglog.SessionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** One training session: read, correct, exclude, delete. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionService service;

    @GET
    @Path("{sessionId}")
    public SessionView get(@PathParam("sessionId") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{sessionId}")
    public SessionView update(@PathParam("sessionId") long id,
                              @NotNull(message = "a JSON body is required") @Valid SessionRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("{sessionId}")
    public Response delete(@PathParam("sessionId") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
