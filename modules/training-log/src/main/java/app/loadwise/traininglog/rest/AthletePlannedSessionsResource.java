package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.plan.PlanService;
import app.loadwise.traininglog.plan.PlannedSessionRequest;
import app.loadwise.traininglog.plan.PlannedSessionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** One planned session at a time: added to the athlete's plan, read, removed. */
@Path("athletes/{athleteId}/planned-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AthletePlannedSessionsResource {

    @Inject
    PlanService service;

    @Context
    UriInfo uri;

    @POST
    public Response add(@PathParam("athleteId") long athleteId,
                        @NotNull(message = "a JSON body is required") PlannedSessionRequest request) {
        PlannedSessionView created = service.add(athleteId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{plannedSessionId}")
    public PlannedSessionView get(@PathParam("athleteId") long athleteId, @PathParam("plannedSessionId") long plannedSessionId) {
        return service.get(athleteId, plannedSessionId);
    }

    @DELETE
    @Path("{plannedSessionId}")
    public Response delete(@PathParam("athleteId") long athleteId, @PathParam("plannedSessionId") long plannedSessionId) {
        service.delete(athleteId, plannedSessionId);
        return Response.noContent().build();
    }
}
