package app.loadwise.recovery.rest;

import app.loadwise.recovery.RulePrecision;
import app.loadwise.recovery.RulePrecisionReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per rule, how often a club's red findings were followed by a recorded injury or illness within three weeks. */
@Path("clubs/{clubId}/rule-precision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings workflow")
public class ClubRulePrecisionResource {

    @Inject
    RulePrecision precision;

    @GET
    @Operation(summary = "Rule precision of a club",
            description = "For the finding weeks overlapping from-to (default: the 52 weeks up to today, at most 731 days): per rule,"
                    + " red and amber findings and how many were followed by a new injury (illness separately) starting after the"
                    + " week's Monday and at most 21 days after its Sunday; weeks that started during an injury or illness and weeks"
                    + " whose window has not passed are counted apart. Also all weeks with and without a red finding, and the"
                    + " injuries and illnesses that started in the period with whether a red finding preceded them."
                    + " Small numbers and coaches acting on findings limit what this shows; see docs/scoring.md.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = RulePrecisionReport.class)))
    @APIResponse(responseCode = "400", description = "Malformed date, from after to, or a period over 731 days",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such club", content = @Content(mediaType = "application/problem+json"))
    public RulePrecisionReport ofClub(@Parameter(description = "Club id") @PathParam("clubId") long clubId,
                                      @Parameter(description = "First day, e.g. 2026-01-01") @QueryParam("from") LocalDate from,
                                      @Parameter(description = "Last day (default today in the club's time zone)") @QueryParam("to") LocalDate to) {
        return precision.ofClub(clubId, from, to);
    }
}
