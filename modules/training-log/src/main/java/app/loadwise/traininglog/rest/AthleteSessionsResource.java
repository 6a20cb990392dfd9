package app.loadwise.traininglog.rest;

import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.SessionRequest;
import app.loadwise.traininglog.SessionService;
import app.loadwise.traininglog.SessionView;
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
import java.time.LocalDate;

/** An athlete's training sessions: record and list by date range. */
@Path("athletes/{athleteId}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AthleteSessionsResource {

    @Inject
    SessionService service;

    @Context
    UriInfo uri;

    @POST
    public Response record(@PathParam("athleteId") long athleteId,
                           @NotNull(message = "a JSON body is required") @Valid SessionRequest request) {
        SessionView created = service.record(athleteId, request);
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    public Page<SessionView> list(@PathParam("athleteId") long athleteId, @QueryParam("from") LocalDate from,
                                  @QueryParam("to") LocalDate to, @QueryParam("page") @Min(0) Integer page,
                                  @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return service.ofAthlete(athleteId, DateRange.of(from, to), PageRequest.of(page, size));
    }
}
