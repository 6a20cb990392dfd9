package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.importing.ImportLauncher;
import app.loadwise.traininglog.importing.ImportView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Resumes a stopped or failed import: a commit goes on where the rows written end, a check starts again from the
 * first row. 202 with the import ("committing" or "validating"); 409 when it is neither stopped nor failed.
 */
@Path("imports/{importId}/resume")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResumeResource {

    @Inject
    ImportLauncher launcher;

    @POST
    public Response resume(@PathParam("importId") long importId) {
        ImportView view = launcher.resume(importId);
        return Response.status(view.status() == ImportView.Status.COMMITTED ? Response.Status.OK : Response.Status.ACCEPTED).entity(view).build();
    }
}
