package app.loadwise.access.rest;

import app.loadwise.access.AccessViews.ApiKeyView;
import app.loadwise.access.AccessViews.AuditView;
import app.loadwise.access.AccessViews.IssuedApiKey;
import app.loadwise.access.AccessViews.MeView;
import app.loadwise.access.AccessViews.NewApiKey;
import app.loadwise.access.AccessViews.NewUser;
import app.loadwise.access.AccessViews.PasswordChange;
import app.loadwise.access.AccessViews.UserChange;
import app.loadwise.access.AccessViews.UserView;
import app.loadwise.access.ApiKeys;
import app.loadwise.access.AuditTrail;
import app.loadwise.access.Users;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.Instant;

/** The REST resources for users, API keys and the audit log; what each may do is in {@code EndpointPolicy}. */
public final class AccessResources {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private AccessResources() {
    }

    static Caller caller(SecurityContext security) {
        return (Caller) security.getUserPrincipal();
    }

    /** The caller. */
    @Path("me")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Me {
        @Context
        SecurityContext security;

        @GET
        public MeView get() {
            return MeView.of(caller(security));
        }
    }

    /** A club's users. */
    @Path("clubs/{clubId}/users")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ClubUsers {
        @Inject
        Users users;

        @Context
        UriInfo uri;

        @POST
        public Response create(@PathParam("clubId") long clubId, @NotNull(message = BODY_REQUIRED) NewUser request) {
            UserView created = users.createInClub(clubId, request);
            return Response.created(uri.getBaseUriBuilder().path("users").path(String.valueOf(created.id())).build())
                    .entity(created).build();
        }

        @GET
        public Page<UserView> list(@PathParam("clubId") long clubId, @QueryParam("page") @Min(0) Integer page,
                @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
            return users.listInClub(clubId, PageRequest.of(page, size));
        }
    }

    /** The platform admins. */
    @Path("platform-admins")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class PlatformAdmins {
        @Inject
        Users users;

        @Context
        UriInfo uri;

        @POST
        public Response create(@NotNull(message = BODY_REQUIRED) NewUser request) {
            UserView created = users.createPlatformAdmin(request);
            return Response.created(uri.getBaseUriBuilder().path("users").path(String.valueOf(created.id())).build())
                    .entity(created).build();
        }

        @GET
        public Page<UserView> list(@QueryParam("page") @Min(0) Integer page,
                @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
            return users.listPlatformAdmins(PageRequest.of(page, size));
        }
    }

    /** One user. */
    @Path("users/{userId}")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class OneUser {
        @Inject
        Users users;

        @Context
        SecurityContext security;

        @GET
        public UserView get(@PathParam("userId") long userId) {
            return users.get(caller(security), userId);
        }

        @PUT
        public UserView change(@PathParam("userId") long userId, @NotNull(message = BODY_REQUIRED) UserChange change) {
            return users.change(caller(security), userId, change);
        }

        @DELETE
        public Response delete(@PathParam("userId") long userId) {
            users.delete(caller(security), userId);
            return Response.noContent().build();
        }
    }

    /** A user's password. */
    @Path("users/{userId}/password")
    @RequestScoped
    @Consumes(MediaType.APPLICATION_JSON)
    public static class UserPassword {
        @Inject
        Users users;

        @Context
        SecurityContext security;

        @PUT
        public Response change(@PathParam("userId") long userId, @NotNull(message = BODY_REQUIRED) PasswordChange change) {
            users.changePassword(caller(security), userId, change);
            return Response.noContent().build();
        }
    }

    /** A club's integration API keys. */
    @Path("clubs/{clubId}/api-keys")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ClubApiKeys {
        @Inject
        ApiKeys keys;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @POST
        public Response issue(@PathParam("clubId") long clubId, @NotNull(message = BODY_REQUIRED) NewApiKey request) {
            IssuedApiKey issued = keys.issue(caller(security), clubId, request);
            return Response.created(uri.getBaseUriBuilder().path("api-keys").path(String.valueOf(issued.key().id())).build())
                    .header("Cache-Control", "no-store").entity(issued).build();
        }

        @GET
        public Page<ApiKeyView> list(@PathParam("clubId") long clubId, @QueryParam("page") @Min(0) Integer page,
                @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
            return keys.list(clubId, PageRequest.of(page, size));
        }
    }

    /** One API key; deleting it revokes it, and it stays listed as revoked. */
    @Path("api-keys/{apiKeyId}")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class OneApiKey {
        @Inject
        ApiKeys keys;

        @Context
        SecurityContext security;

        @GET
        public ApiKeyView get(@PathParam("apiKeyId") long apiKeyId) {
            return keys.get(apiKeyId);
        }

        @DELETE
        public Response revoke(@PathParam("apiKeyId") long apiKeyId) {
            keys.revoke(caller(security), apiKeyId);
            return Response.noContent().build();
        }
    }

    /** The audit log of every club and of platform actions. */
    @Path("audit")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class PlatformAudit {
        @Inject
        AuditTrail trail;

        @GET
        public Page<AuditView> list(@QueryParam("clubId") Long clubId, @QueryParam("from") Instant from,
                @QueryParam("to") Instant to, @QueryParam("page") @Min(0) Integer page,
                @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
            return trail.list(clubId, from, to, PageRequest.of(page, size));
        }
    }

    /** A club's audit log. */
    @Path("clubs/{clubId}/audit")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class ClubAudit {
        @Inject
        AuditTrail trail;

        @GET
        public Page<AuditView> list(@PathParam("clubId") long clubId, @QueryParam("from") Instant from,
                @QueryParam("to") Instant to, @QueryParam("page") @Min(0) Integer page,
                @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
            return trail.list(clubId, from, to, PageRequest.of(page, size));
        }
    }
}
