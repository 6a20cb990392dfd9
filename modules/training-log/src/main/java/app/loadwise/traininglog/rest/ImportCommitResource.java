package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.importing.ImportLauncher;
import app.loadwise.traininglog.importing.ImportView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Commits a checked import: all or nothing, or with {@code skipInvalid=true} only the valid rows. 200 when done,
 * 202 while the batch job writes a large file.
 */
@Path("imports/{importId}/commit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportCommitResource {

    @Inject
    ImportLauncher launcher;

    @POST
    public Response commit(@PathParam("importId") long importId,
                           @QueryParam("skipInvalid") @DefaultValue("false") boolean skipInvalid) {
        ImportView view = launcher.commit(importId, skipInvalid);
        return Response.status(view.status() == ImportView.Status.COMMITTING ? Response.Status.ACCEPTED : Response.Status.OK).entity(view).build();
    }
}
