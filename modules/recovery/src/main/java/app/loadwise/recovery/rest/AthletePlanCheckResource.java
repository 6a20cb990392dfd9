package app.loadwise.recovery.rest;

import app.loadwise.recovery.PlanCheck;
import app.loadwise.recovery.PlanCheckView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What an athlete's planned week would trigger before it happens. */
@Path("athletes/{athleteId}/plan/{week}/check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AthletePlanCheckResource {

    @Inject
    PlanCheck planCheck;

    @GET
    public PlanCheckView check(@PathParam("athleteId") long athleteId, @PathParam("week") String week) {
        return planCheck.check(athleteId, week);
    }
}
