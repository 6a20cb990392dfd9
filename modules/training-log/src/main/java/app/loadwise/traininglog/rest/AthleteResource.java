package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.AthleteRequest;
import app.loadwise.traininglog.AthleteService;
import app.loadwise.traininglog.AthleteView;
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

/** One athlete: read, update, delete. */
@Path("athletes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AthleteResource {

    @Inject
    AthleteService service;

    @GET
    @Path("{athleteId}")
    public AthleteView get(@PathParam("athleteId") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{athleteId}")
    public AthleteView update(@PathParam("athleteId") long id,
                              @NotNull(message = "a JSON body is required") @Valid AthleteRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("{athleteId}")
    public Response delete(@PathParam("athleteId") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
