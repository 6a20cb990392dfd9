package app.loadwise.traininglog.rest;

import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.importing.ImportUploads;
import app.loadwise.traininglog.importing.RowProblem;
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

/** The row errors of an import, paged, in file order: sheet, row, column, value, problem and fix. */
@Path("imports/{importId}/errors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportErrorsResource {

    @Inject
    ImportUploads service;

    @GET
    public Page<RowProblem> list(@PathParam("importId") long importId, @QueryParam("page") @Min(0) Integer page,
                                 @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return service.errors(importId, PageRequest.of(page, size));
    }
}
