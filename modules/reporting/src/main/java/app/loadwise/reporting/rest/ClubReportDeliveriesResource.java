package app.loadwise.reporting.rest;

import app.loadwise.domain.common.IsoWeek;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.reporting.DeliveryView;
import app.loadwise.reporting.ReportDeliveries;
import app.loadwise.reporting.SendRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

/** A club's report deliveries (the run list) and sending a week's report now. */
@Path("clubs/{clubId}/report-deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClubReportDeliveriesResource {

    @Inject
    ReportDeliveries deliveries;

    @Context
    UriInfo uri;

    /** Newest week first, with status, attempts, next attempt and last error. */
    @GET
    public Page<DeliveryView> list(@PathParam("clubId") long clubId, @QueryParam("page") @Min(0) Integer page,
                                   @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return deliveries.list(clubId, PageRequest.of(page, size));
    }

    @GET
    @Path("{week}")
    public DeliveryView get(@PathParam("clubId") long clubId, @PathParam("week") String week) {
        return deliveries.view(clubId, IsoWeek.parse(week));
    }

    /** 201 when the mail server accepted the mail, 202 when the first attempt failed and a retry is pending. */
    @POST
    public Response sendNow(@PathParam("clubId") long clubId, @NotNull(message = "a JSON body is required") @Valid SendRequest request) {
        DeliveryView view = deliveries.sendNow(clubId, request.week());
        return Response.status("sent".equals(view.status()) ? 201 : 202)
                .location(uri.getAbsolutePathBuilder().path(view.week()).build()).entity(view).build();
    }

    /** Tries a failed or interrupted delivery again now (409 for any other status). */
    @POST
    @Path("{week}/retry")
    public DeliveryView retry(@PathParam("clubId") long clubId, @PathParam("week") String week) {
        return deliveries.retryNow(clubId, week);
    }
}
