package app.loadwise.recovery.rest;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.recovery.AthleteTimeline;
import app.loadwise.recovery.AthleteTimelines;
import app.loadwise.recovery.SquadWeek;
import app.loadwise.recovery.SquadWeeks;
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

/** What the web app's squad and athlete pages read, in one request each; integrations may read them too. */
public final class SquadResources {

    private SquadResources() {
    }

    /** A club's week: every active athlete, worst first, with 8 weeks of load. */
    @Path("clubs/{clubId}/squad")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Squad {
        @Inject
        SquadWeeks squads;

        @GET
        public SquadWeek get(@PathParam("clubId") long clubId, @QueryParam("week") IsoWeek week) {
            return squads.of(clubId, week);
        }
    }

    /** An athlete's days for charts. */
    @Path("athletes/{athleteId}/timeline")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Timeline {
        @Inject
        AthleteTimelines timelines;

        @GET
        public AthleteTimeline get(@PathParam("athleteId") long athleteId,
                                   @QueryParam("weeks") @Min(1) @Max(AthleteTimelines.MAX_WEEKS) Integer weeks) {
            return timelines.of(athleteId, weeks);
        }
    }
}
