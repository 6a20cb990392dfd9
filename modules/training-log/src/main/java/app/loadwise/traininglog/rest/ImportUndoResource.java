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

/** Undoes a committed import: removes every session and wellness entry it wrote. */
@Path("imports/{importId}/undo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportUndoResource {

    @Inject
    ImportLauncher launcher;

    @POST
    public ImportView undo(@PathParam("importId") long importId) {
        return launcher.undo(importId);
    }
}
