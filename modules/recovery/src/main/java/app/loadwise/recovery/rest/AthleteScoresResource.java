package app.loadwise.recovery.rest;

import app.loadwise.recovery.AthleteWeekScore;
import app.loadwise.recovery.ScoreQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
    public List<AthleteWeekScore> historyOf(@PathParam("athleteId") long athleteId,
                                            @QueryParam("weeks") @Min(1) @Max(ScoreQueries.MAX_HISTORY_WEEKS) Integer weeks) {
        return queries.historyOf(athleteId, weeks);
    }
}
