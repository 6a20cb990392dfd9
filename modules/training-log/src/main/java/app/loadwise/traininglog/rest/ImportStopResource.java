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
 * Stops the batch job checking or committing a large file after its current chunk: 202 with the import (its status
 * turns "stopped" once the job has stopped); 409 when no job runs for it. A stopped import is resumed with
 * {@code POST /imports/{importId}/resume} or undone with {@code POST /imports/{importId}/undo}.
 */
@Path("imports/{importId}/stop")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportStopResource {

    @Inject
    ImportLauncher launcher;

    @POST
    public Response stop(@PathParam("importId") long importId) {
        ImportView view = launcher.stop(importId);
        return Response.accepted(view).build();
    }
}
