package app.loadwise.webhooks.rest;

import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.webhooks.WebhookViews.CreatedWebhook;
import app.loadwise.webhooks.WebhookViews.WebhookDeliveryView;
import app.loadwise.webhooks.WebhookViews.WebhookRequest;
import app.loadwise.webhooks.WebhookViews.WebhookView;
import app.loadwise.webhooks.Webhooks;
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

/** The REST resources of a club's webhooks; what each needs is in {@code EndpointPolicy}. */
public final class WebhookResources {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private WebhookResources() {
    }

    /** A club's webhooks: register one (its secret is answered this once), list them. */
    @Path("clubs/{clubId}/webhooks")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ClubWebhooks {
        @Inject
        Webhooks webhooks;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @POST
        public Response register(@PathParam("clubId") long clubId, @NotNull(message = BODY_REQUIRED) WebhookRequest request) {
            String by = Caller.nameOf(security.getUserPrincipal());
            CreatedWebhook created = webhooks.register(clubId, request, by);
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                    .header("Cache-Control", "no-store").entity(created).build();
        }

        @GET
        public Page<WebhookView> list(@PathParam("clubId") long clubId, @QueryParam("page") @Min(0) Integer page,
                @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
            return webhooks.list(clubId, PageRequest.of(page, size));
        }
    }

    /** One webhook of the club. */
    @Path("clubs/{clubId}/webhooks/{webhookId}")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class OneWebhook {
        @Inject
        Webhooks webhooks;

        @GET
        public WebhookView get(@PathParam("clubId") long clubId, @PathParam("webhookId") long webhookId) {
            return webhooks.get(clubId, webhookId);
        }

        @PUT
        public WebhookView change(@PathParam("clubId") long clubId, @PathParam("webhookId") long webhookId,
                @NotNull(message = BODY_REQUIRED) WebhookRequest request) {
            return webhooks.change(clubId, webhookId, request);
        }

        @DELETE
        public Response delete(@PathParam("clubId") long clubId, @PathParam("webhookId") long webhookId) {
            webhooks.delete(clubId, webhookId);
            return Response.noContent().build();
        }
    }

    /** Sends a ping event to the webhook now. */
    @Path("clubs/{clubId}/webhooks/{webhookId}/test")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class WebhookTest {
        @Inject
        Webhooks webhooks;

        @POST
        public WebhookDeliveryView ping(@PathParam("clubId") long clubId, @PathParam("webhookId") long webhookId) {
            return webhooks.ping(clubId, webhookId);
        }
    }

    /** The webhook's delivery log, newest first, with every attempt. */
    @Path("clubs/{clubId}/webhooks/{webhookId}/deliveries")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class WebhookDeliveries {
        @Inject
        Webhooks webhooks;

        @GET
        public Page<WebhookDeliveryView> list(@PathParam("clubId") long clubId, @PathParam("webhookId") long webhookId,
                @QueryParam("page") @Min(0) Integer page,
                @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
            return webhooks.deliveries(clubId, webhookId, PageRequest.of(page, size));
        }
    }

    /** Sends one delivery again now. */
    @Path("clubs/{clubId}/webhooks/{webhookId}/deliveries/{deliveryId}/retry")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class DeliveryRetry {
        @Inject
        Webhooks webhooks;

        @POST
        public WebhookDeliveryView retry(@PathParam("clubId") long clubId, @PathParam("webhookId") long webhookId,
                @PathParam("deliveryId") long deliveryId) {
            return webhooks.retry(clubId, webhookId, deliveryId);
        }
    }
}
