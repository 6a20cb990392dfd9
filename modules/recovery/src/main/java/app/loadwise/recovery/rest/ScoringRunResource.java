package app.loadwise.recovery.rest;

import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.recovery.ScoringRunRequest;
import app.loadwise.recovery.ScoringRunView;
import app.loadwise.recovery.ScoringRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.Map;

/** Runs of the nightly scoring job: start one by hand, follow it, stop and restart it. */
@Path("scoring/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoringRunResource {

    @Inject
    ScoringRuns runs;


    @Context
    UriInfo uri;

    /** Starts a run; 202 with the execution id. The body is optional: {} scores last week and this week for every club. */
    @POST
    public Response start(@Valid ScoringRunRequest request) {
        long executionId = runs.start(request == null ? ScoringRunRequest.defaults() : request);
        return accepted(executionId);
    }

    /** Runs newest first; a page past the last run is empty. */
    @GET
    public Page<ScoringRunView> list(@QueryParam("page") @Min(0) Integer page,
                                     @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return runs.list(PageRequest.of(page, size));
    }

    @GET
    @Path("{executionId}")
    public ScoringRunView get(@PathParam("executionId") long executionId) {
        return runs.get(executionId);
    }

    @POST
    @Path("{executionId}/stop")
    public Response stop(@PathParam("executionId") long executionId) {
        runs.stop(executionId);
        return Response.accepted(Map.of("executionId", executionId, "status", "STOPPING")).build();
    }

    /** Restarts a stopped or failed run from its last checkpoint; 202 with the new execution id. */
    @POST
    @Path("{executionId}/restart")
    public Response restart(@PathParam("executionId") long executionId) {
        return accepted(runs.restart(executionId));
    }

    private Response accepted(long executionId) {
        return Response.accepted(Map.of("executionId", executionId))
                .location(uri.getBaseUriBuilder().path("scoring/runs").path(String.valueOf(executionId)).build())
                .build();
    }
}
