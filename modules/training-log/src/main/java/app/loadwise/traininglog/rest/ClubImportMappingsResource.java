package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.importing.ImportMappings;
import app.loadwise.traininglog.importing.MappingRequest;
import app.loadwise.traininglog.importing.MappingView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A club's saved column mappings: uploads whose header row matches one are read with it. */
@Path("clubs/{clubId}/import-mappings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClubImportMappingsResource {

    @Inject
    ImportMappings service;

    @POST
    public Response save(@PathParam("clubId") long clubId,
                         @NotNull(message = "a JSON body is required") @Valid MappingRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.saveMapping(clubId, request)).build();
    }

    @GET
    public List<MappingView> list(@PathParam("clubId") long clubId) {
        return service.mappings(clubId);
    }

    @DELETE
    @Path("{mappingId}")
    public Response delete(@PathParam("clubId") long clubId, @PathParam("mappingId") long mappingId) {
        service.deleteMapping(clubId, mappingId);
        return Response.noContent().build();
    }
}
