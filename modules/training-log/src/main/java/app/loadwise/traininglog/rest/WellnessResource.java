package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.WellnessRequest;
import app.loadwise.traininglog.WellnessService;
import app.loadwise.traininglog.WellnessView;
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

/** One wellness entry: read, correct, delete. */
@Path("wellness")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WellnessResource {

    @Inject
    WellnessService service;

    @GET
    @Path("{wellnessId}")
    public WellnessView get(@PathParam("wellnessId") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{wellnessId}")
    public WellnessView update(@PathParam("wellnessId") long id,
                              @NotNull(message = "a JSON body is required") @Valid WellnessRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("{wellnessId}")
    public Response delete(@PathParam("wellnessId") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
