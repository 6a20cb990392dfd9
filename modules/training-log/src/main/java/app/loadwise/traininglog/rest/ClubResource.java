package app.loadwise.traininglog.rest;

import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.ClubRequest;
import app.loadwise.traininglog.ClubService;
import app.loadwise.traininglog.ClubView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** Clubs: create, read, list, update, delete. */
@Path("clubs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClubResource {

    @Inject
    ClubService service;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid ClubRequest request) {
        ClubView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    public Page<ClubView> list(@QueryParam("page") @Min(0) Integer page,
                               @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        if (security.getUserPrincipal() instanceof Caller caller && !caller.platformAdmin()) {
            return service.listOnly(caller.clubId(), request);
        }
        return service.list(request);
    }

    @GET
    @Path("{clubId}")
    public ClubView get(@PathParam("clubId") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{clubId}")
    public ClubView update(@PathParam("clubId") long id, @NotNull(message = "a JSON body is required") @Valid ClubRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("{clubId}")
    public Response delete(@PathParam("clubId") long id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
