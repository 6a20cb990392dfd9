package app.loadwise.recovery.rest;

import app.loadwise.recovery.ClubRuleSettingsService;
import app.loadwise.recovery.ClubRuleSettingsView;
import app.loadwise.recovery.engine.RuleSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A club's coaching-rule settings: thresholds per experience level, each rule switched on or off. */
@Path("clubs/{clubId}/rule-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClubRuleSettingsResource {

    @Inject
    ClubRuleSettingsService service;

    @GET
    public ClubRuleSettingsView get(@PathParam("clubId") long clubId) {
        return service.get(clubId);
    }

    /** The body is a complete settings document, as {@code settings} in the GET answer. */
    @PUT
    public ClubRuleSettingsView replace(@PathParam("clubId") long clubId, RuleSettings settings) {
        return service.replace(clubId, settings);
    }

    @DELETE
    public ClubRuleSettingsView reset(@PathParam("clubId") long clubId) {
        return service.reset(clubId);
    }
}
