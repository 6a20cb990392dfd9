package app.loadwise.reporting.rest;

import app.loadwise.reporting.WeeklyReportRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/** Starts the weekly report job by hand and reports on a run. */
@Path("reports/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WeeklyReportRunResource {

    @Inject
    WeeklyReportRuns runs;

    @Context
    UriInfo uri;

    /** Optional body {@code {"at":"2026-11-23T05:30:00Z"}}: the instant the run acts as of. 202 with the execution id. */
    @POST
    public Response start(Map<String, String> body) {
        long executionId = runs.start(body == null ? null : body.get("at"));
        return Response.accepted(Map.of("executionId", executionId))
                .location(uri.getAbsolutePathBuilder().path(String.valueOf(executionId)).build()).build();
    }

    @GET
    @Path("{executionId}")
    public WeeklyReportRuns.RunView status(@PathParam("executionId") long executionId) {
        return runs.status(executionId);
    }
}
