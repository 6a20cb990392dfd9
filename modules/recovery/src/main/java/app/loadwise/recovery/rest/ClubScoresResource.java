package app.loadwise.recovery.rest;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.recovery.ScoreStatus;
import app.loadwise.recovery.ScoreQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A club's weekly scores: counts by status and every scored athlete with figures and findings. */
@Path("clubs/{clubId}/scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClubScoresResource {

    @Inject
    ScoreQueries queries;

    /** {@code week} defaults to the week just ended; {@code status} filters (green, amber, red); {@code sort} is score, -score, name or -name. */
    @GET
    public ScoreQueries.ClubWeekScores ofClub(@PathParam("clubId") long clubId, @QueryParam("week") IsoWeek week,
                                              @QueryParam("status") ScoreStatus status, @QueryParam("sort") String sort) {
        return queries.ofClub(clubId, week, status, sort);
    }
}
