package app.loadwise.reporting.rest;

import app.loadwise.reporting.RecipientRequest;
import app.loadwise.reporting.RecipientView;
import app.loadwise.reporting.ReportRecipients;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Who receives a club's weekly report by email. */
@Path("clubs/{clubId}/report-recipients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClubReportRecipientsResource {

    @Inject
    ReportRecipients recipients;

    @Context
    UriInfo uri;

    @GET
    public List<RecipientView> list(@PathParam("clubId") long clubId) {
        return recipients.list(clubId);
    }

    @POST
    public Response add(@PathParam("clubId") long clubId,
                        @NotNull(message = "a JSON body is required") @Valid RecipientRequest request) {
        RecipientView added = recipients.add(clubId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added).build();
    }

    @DELETE
    @Path("{recipientId}")
    public Response remove(@PathParam("clubId") long clubId, @PathParam("recipientId") long id) {
        recipients.remove(clubId, id);
        return Response.noContent().build();
    }
}
