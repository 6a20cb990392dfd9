package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.importing.ImportUploads;
import app.loadwise.traininglog.importing.ImportView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The status of an import: where it stands, its counts and progress (rows done of all rows). */
@Path("imports/{importId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportUploads service;

    @GET
    public ImportView get(@PathParam("importId") long importId) {
        return service.get(importId);
    }
}
