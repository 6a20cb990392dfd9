package app.loadwise.traininglog.rest;

import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.AthleteRequest;
import app.loadwise.traininglog.AthleteService;
import app.loadwise.traininglog.AthleteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A club's athletes: enrol and list. */
@Path("clubs/{clubId}/athletes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClubAthletesResource {

    @Inject
    AthleteService service;

    @Context
    UriInfo uri;

    @POST
    public Response create(@PathParam("clubId") long clubId,
                           @NotNull(message = "a JSON body is required") @Valid AthleteRequest request) {
        AthleteView created = service.create(clubId, request);
        return Response.created(uri.getBaseUriBuilder().path("athletes").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public Page<AthleteView> list(@PathParam("clubId") long clubId, @QueryParam("active") Boolean active,
                                  @QueryParam("page") @Min(0) Integer page,
                                  @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return service.ofClub(clubId, active, PageRequest.of(page, size));
    }
}
