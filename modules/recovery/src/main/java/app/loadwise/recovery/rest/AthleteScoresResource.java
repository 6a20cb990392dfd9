package app.loadwise.recovery.rest;

import app.loadwise.domain.common.QueryValues;
import app.loadwise.recovery.AthleteWeekScore;
import app.loadwise.recovery.ScoreQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** One athlete's weekly scores, newest first, with figures and findings. */
@Path("athletes/{athleteId}/scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AthleteScoresResource {

    @Inject
    ScoreQueries queries;

    @GET
    public List<AthleteWeekScore> historyOf(@PathParam("athleteId") long athleteId, @QueryParam("weeks") String weeks) {
        return queries.historyOf(athleteId, QueryValues.integer(weeks, "weeks"));
    }
}
