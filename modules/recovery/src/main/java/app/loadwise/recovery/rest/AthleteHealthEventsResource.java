package app.loadwise.recovery.rest;

import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.DateRange;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.recovery.HealthEventRequest;
import app.loadwise.recovery.HealthEventView;
import app.loadwise.recovery.HealthEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An athlete's injuries and illnesses: record, list by start date, read, correct, delete. */
@Path("athletes/{athleteId}/health-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings workflow")
public class AthleteHealthEventsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    HealthEvents service;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Record an injury or illness",
            description = "kind: injury or illness; startedOn (not in the future) and optional endedOn (none: still going on);"
                    + " bodyLocation (required for an injury): achilles, calf, shin, knee, hamstring, quadriceps, hip, groin, back,"
                    + " ankle, foot, other; severity: minor, moderate, severe; daysLost 0-366; note up to 2000 characters.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new event",
            content = @Content(schema = @Schema(implementation = HealthEventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the field at fault is named", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such athlete", content = @Content(mediaType = PROBLEM))
    public Response record(@Parameter(description = "Athlete id") @PathParam("athleteId") long athleteId,
                           @NotNull(message = "a JSON body is required") @Valid HealthEventRequest request) {
        HealthEventView created = service.record(athleteId, request, Caller.nameOf(security.getUserPrincipal()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List an athlete's injuries and illnesses",
            description = "Latest start first (then newest id), paged with the total; from and to filter on the start date (inclusive).")
    @APIResponse(responseCode = "200", description = "One page: items, page, size, total")
    @APIResponse(responseCode = "400", description = "Malformed date, page or size", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such athlete", content = @Content(mediaType = PROBLEM))
    public Page<HealthEventView> list(@PathParam("athleteId") long athleteId,
                                      @Parameter(description = "Earliest start date, e.g. 2026-01-01") @QueryParam("from") LocalDate from,
                                      @Parameter(description = "Latest start date") @QueryParam("to") LocalDate to,
                                      @Parameter(description = "Zero-based page") @QueryParam("page") @Min(0) Integer page,
                                      @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("size") @Min(1)
                                      @Max(PageRequest.MAX_SIZE) Integer size) {
        return service.ofAthlete(athleteId, DateRange.of(from, to), PageRequest.of(page, size));
    }

    @GET
    @Path("{healthEventId}")
    @Operation(summary = "Read one injury or illness of the athlete")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = HealthEventView.class)))
    @APIResponse(responseCode = "404", description = "No such athlete, or no such event of this athlete", content = @Content(mediaType = PROBLEM))
    public HealthEventView get(@PathParam("athleteId") long athleteId, @PathParam("healthEventId") long healthEventId) {
        return service.get(athleteId, healthEventId);
    }

    @PUT
    @Path("{healthEventId}")
    @Operation(summary = "Correct an injury or illness", description = "Send the whole event; it replaces what was recorded.")
    @APIResponse(responseCode = "200", description = "Corrected", content = @Content(schema = @Schema(implementation = HealthEventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; the field at fault is named", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such athlete, or no such event of this athlete", content = @Content(mediaType = PROBLEM))
    public HealthEventView update(@PathParam("athleteId") long athleteId, @PathParam("healthEventId") long healthEventId,
                                  @NotNull(message = "a JSON body is required") @Valid HealthEventRequest request) {
        return service.update(athleteId, healthEventId, request, Caller.nameOf(security.getUserPrincipal()));
    }

    @DELETE
    @Path("{healthEventId}")
    @Operation(summary = "Delete an injury or illness")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such athlete, or no such event of this athlete", content = @Content(mediaType = PROBLEM))
    public Response delete(@PathParam("athleteId") long athleteId, @PathParam("healthEventId") long healthEventId) {
        service.delete(athleteId, healthEventId);
        return Response.noContent().build();
    }
}
