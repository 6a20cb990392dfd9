package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.plan.PlanComparisonView;
import app.loadwise.traininglog.plan.PlanService;
import app.loadwise.traininglog.plan.PlanWeekRequest;
import app.loadwise.traininglog.plan.PlanWeekView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An athlete's plan for an ISO week: read, replaced as a whole, and compared with what was done. */
@Path("athletes/{athleteId}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AthletePlanResource {

    @Inject
    PlanService service;

    @GET
    @Path("{week}")
    public PlanWeekView week(@PathParam("athleteId") long athleteId, @PathParam("week") String week) {
        return service.week(athleteId, week);
    }

    @PUT
    @Path("{week}")
    public PlanWeekView replace(@PathParam("athleteId") long athleteId, @PathParam("week") String week,
                                @NotNull(message = "a JSON body is required") @Valid PlanWeekRequest request) {
        return service.replaceWeek(athleteId, week, request);
    }

    @GET
    @Path("{week}/comparison")
    public PlanComparisonView comparison(@PathParam("athleteId") long athleteId, @PathParam("week") String week) {
        return service.compare(athleteId, week);
    }
}
