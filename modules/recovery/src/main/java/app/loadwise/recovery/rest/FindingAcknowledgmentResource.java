package app.loadwise.recovery.rest;

import app.loadwise.domain.access.Caller;
import app.loadwise.recovery.AcknowledgmentRequest;
import app.loadwise.recovery.AcknowledgmentView;
import app.loadwise.recovery.FindingAcknowledgments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A coach's acknowledgment of a rule's finding in an athlete's week: give (or replace), read, withdraw. */
@Path("athletes/{athleteId}/scores/{week}/findings/{ruleId}/acknowledgment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings workflow", description = "Acknowledged findings, injuries and illnesses, and how often red findings were followed by one")
public class FindingAcknowledgmentResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    FindingAcknowledgments service;

    @Context
    SecurityContext security;

    @PUT
    @Operation(summary = "Acknowledge a finding",
            description = "Acknowledges the week's finding of the rule with an optional note (at most 1000 characters), as the"
                    + " calling user at the current time; a second PUT replaces note, user and time. The week must have a score"
                    + " with a finding of that rule. The acknowledgment is kept when the week is scored again.")
    @APIResponse(responseCode = "201", description = "Acknowledged",
            content = @Content(schema = @Schema(implementation = AcknowledgmentView.class)))
    @APIResponse(responseCode = "200", description = "Acknowledged again (note, user and time replaced)",
            content = @Content(schema = @Schema(implementation = AcknowledgmentView.class)))
    @APIResponse(responseCode = "400", description = "Malformed week or a note that is too long", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such athlete or rule, no score for the week, or no finding of the rule that week",
            content = @Content(mediaType = PROBLEM))
    public Response acknowledge(@Parameter(description = "Athlete id") @PathParam("athleteId") long athleteId,
                                @Parameter(description = "ISO week, e.g. 2026-W47") @PathParam("week") String week,
                                @Parameter(description = "Rule id, e.g. pain") @PathParam("ruleId") String ruleId,
                                @Valid AcknowledgmentRequest request) {
        FindingAcknowledgments.Acknowledged done = service.acknowledge(athleteId, week, ruleId, request, Caller.nameOf(security.getUserPrincipal()));
        return Response.status(done.created() ? Response.Status.CREATED : Response.Status.OK).entity(done.acknowledgment()).build();
    }

    @GET
    @Operation(summary = "Read an acknowledgment",
            description = "findingPresent is false (\"finding no longer present\") when the week, scored again, has no finding of the rule any more.")
    @APIResponse(responseCode = "200", description = "The acknowledgment",
            content = @Content(schema = @Schema(implementation = AcknowledgmentView.class)))
    @APIResponse(responseCode = "404", description = "Not acknowledged, or no such athlete or rule", content = @Content(mediaType = PROBLEM))
    public AcknowledgmentView get(@PathParam("athleteId") long athleteId, @PathParam("week") String week,
                                  @PathParam("ruleId") String ruleId) {
        return service.get(athleteId, week, ruleId);
    }

    @DELETE
    @Operation(summary = "Withdraw an acknowledgment")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "Not acknowledged, or no such athlete or rule", content = @Content(mediaType = PROBLEM))
    public Response withdraw(@PathParam("athleteId") long athleteId, @PathParam("week") String week,
                             @PathParam("ruleId") String ruleId) {
        service.withdraw(athleteId, week, ruleId);
        return Response.noContent().build();
    }
}
