package app.loadwise.checkin.rest;

import app.loadwise.access.RateLimiter;
import app.loadwise.access.Refusals;
import app.loadwise.checkin.CheckInAnswers;
import app.loadwise.checkin.CheckInReminderMail;
import app.loadwise.checkin.CheckInRequest;
import app.loadwise.checkin.CheckIns;
import app.loadwise.checkin.CheckInViews.CheckInLinkList;
import app.loadwise.checkin.CheckInViews.CheckInLinkView;
import app.loadwise.checkin.CheckInViews.CheckInReminderView;
import app.loadwise.checkin.CheckInViews.IssuedCheckInLink;
import app.loadwise.checkin.internal.CheckInTokens;
import app.loadwise.checkin.internal.PublicUrl;
import app.loadwise.domain.access.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;

/**
 * The REST resources of the check-in: coaches' links and reminder settings (what each needs is in
 * {@code EndpointPolicy}), and the athlete's check-in and unsubscribe, which the token alone authorizes. A refused
 * token or answer is answered in the API's error form ({@link Refusals}).
 */
public final class CheckInResources {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private CheckInResources() {
    }

    /** The club's athletes with their check-in links. */
    @Path("clubs/{clubId}/check-in-links")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class ClubLinks {
        @Inject
        CheckIns checkIns;

        @GET
        public CheckInLinkList list(@PathParam("clubId") long clubId) {
            return checkIns.ofClub(clubId);
        }
    }

    /** An athlete's check-in link: issue a new one (its token and URL answered this once), see it, revoke it. */
    @Path("athletes/{athleteId}/check-in-link")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class AthleteLink {
        @Inject
        CheckIns checkIns;

        @Inject
        PublicUrl publicUrl;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @POST
        public Response issue(@PathParam("athleteId") long athleteId) {
            IssuedCheckInLink issued = checkIns.issue(athleteId, Caller.nameOf(security.getUserPrincipal()), publicUrl.of(uri));
            return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store").entity(issued).build();
        }

        @GET
        public CheckInLinkView get(@PathParam("athleteId") long athleteId) {
            return checkIns.link(athleteId);
        }

        @DELETE
        public Response revoke(@PathParam("athleteId") long athleteId) {
            checkIns.revoke(athleteId);
            return Response.noContent().build();
        }
    }

    /** The body of a reminder setting. */
    public record CheckInReminderRequest(String email, Boolean enabled) {
    }

    /** An athlete's daily reminder email: address and on or off. */
    @Path("athletes/{athleteId}/check-in-reminder")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class AthleteReminder {
        @Inject
        CheckIns checkIns;

        @GET
        public CheckInReminderView get(@PathParam("athleteId") long athleteId) {
            return checkIns.reminder(athleteId);
        }

        @PUT
        public CheckInReminderView save(@PathParam("athleteId") long athleteId, @NotNull(message = BODY_REQUIRED) CheckInReminderRequest request) {
            return checkIns.saveReminder(athleteId, request.email(), request.enabled());
        }

        @DELETE
        public Response delete(@PathParam("athleteId") long athleteId) {
            checkIns.deleteReminder(athleteId);
            return Response.noContent().build();
        }
    }

    /**
     * The athlete's check-in, opened by the token of their link (or of a reminder of the day) with no sign-in. Each
     * token may make {@code loadwise.checkin.rate-limit.per-minute} requests a minute; the token is never logged.
     */
    @Path("check-in/{token}")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class AthleteCheckIn {
        @Inject
        CheckIns checkIns;

        @Inject
        RateLimiter rateLimiter;

        @Inject
        Refusals refusals;

        @GET
        public Response page(@PathParam("token") String token) {
            return TokenAnswers.answer(rateLimiter, refusals, token, () -> checkIns.page(token));
        }

        @PUT
        public Response answer(@PathParam("token") String token, @NotNull(message = BODY_REQUIRED) CheckInRequest request) {
            return TokenAnswers.answer(rateLimiter, refusals, token, () -> checkIns.answer(token, request));
        }
    }

    /** Stops the reminder emails, from the link in one of them; no sign-in. */
    @Path("check-in-unsubscribe/{token}")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Unsubscribe {
        @Inject
        CheckInReminderMail reminderMail;

        @Inject
        RateLimiter rateLimiter;

        @Inject
        Refusals refusals;

        @POST
        public Response unsubscribe(@PathParam("token") String token) {
            return TokenAnswers.answer(rateLimiter, refusals, token, () -> reminderMail.unsubscribe(token));
        }
    }

    /** The answers of the token endpoints: the rate limit first, a refused token as a problem, never cached. */
    static final class TokenAnswers {

        private TokenAnswers() {
        }

        static Response answer(RateLimiter limiter, Refusals refusals, String token, Supplier<Object> work) {
            if (!CheckInTokens.wellFormed(token)) {
                // not shaped like a token: known to open nothing without asking the database, so no bucket is needed
                return noStore(Response.fromResponse(refusal(refusals, CheckIns.Refusal.UNKNOWN))).build();
            }
            RateLimiter.Decision draw = limiter.drawCheckIn(CheckInTokens.hash(token), System.nanoTime());
            if (!draw.allowed()) {
                return noStore(Response.fromResponse(refusals.refuse(429, "Too many requests",
                                "This link may be used " + draw.limit() + " times a minute; try again in " + draw.retryAfterSeconds() + " s."))
                        .header("Retry-After", draw.retryAfterSeconds())).build();
            }
            try {
                return noStore(Response.ok(work.get())).build();
            } catch (CheckIns.LinkRefused refused) {
                return noStore(Response.fromResponse(refusal(refusals, refused.reason()))).build();
            } catch (CheckInAnswers.Invalid invalid) {
                return noStore(Response.fromResponse(refusals.refuseInput(invalid.getMessage(), invalid.errors()))).build();
            }
        }

        static Response refusal(Refusals refusals, CheckIns.Refusal reason) {
            return switch (reason) {
                case EXPIRED -> refusals.refuse(410, "Link expired", "This check-in link has expired. Ask your coach for a new one.");
                case REVOKED -> refusals.refuse(410, "Link revoked",
                        "This check-in link no longer works: your coach replaced or revoked it. Ask your coach for the new one.");
                case UNKNOWN -> refusals.refuse(404, "Link not found",
                        "This check-in link does not exist. Check that the whole address was copied, or ask your coach for a new one.");
            };
        }

        private static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
            return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
        }
    }
}
