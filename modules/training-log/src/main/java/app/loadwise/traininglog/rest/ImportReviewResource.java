package app.loadwise.traininglog.rest;

import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.importing.ImportReviews;
import app.loadwise.traininglog.importing.ReviewDecision;
import app.loadwise.traininglog.importing.ReviewView;
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
import jakarta.ws.rs.core.MediaType;

/** The rows of an import held for review (near matches), and the decision on each: import or dismiss. */
@Path("imports/{importId}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportReviewResource {

    @Inject
    ImportReviews service;

    @GET
    public Page<ReviewView> list(@PathParam("importId") long importId, @QueryParam("page") @Min(0) Integer page,
                                 @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return service.reviewItems(importId, PageRequest.of(page, size));
    }

    @POST
    @Path("{itemId}")
    public ReviewView decide(@PathParam("importId") long importId, @PathParam("itemId") long itemId,
                             @NotNull(message = "a JSON body is required") @Valid ReviewDecision decision) {
        return service.resolve(importId, itemId, decision.importsRow());
    }
}
