package app.loadwise.traininglog.rest;

import app.loadwise.domain.common.QueryValues;
import app.loadwise.domain.common.Page;
import app.loadwise.traininglog.importing.ImportUploads;
import app.loadwise.traininglog.importing.RowProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
    public Page<RowProblem> list(@PathParam("importId") long importId, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        return service.errors(importId, QueryValues.page(page, size));
    }
}
