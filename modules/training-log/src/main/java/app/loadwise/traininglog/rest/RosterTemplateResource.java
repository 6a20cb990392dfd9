package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.roster.RosterImports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Downloads the roster template workbook (a Roster sheet and instructions). */
@Path("roster-imports/template")
@RequestScoped
public class RosterTemplateResource {

    @Inject
    RosterImports rosters;

    @GET
    @Produces(ImportTemplateResource.XLSX)
    public Response template() {
        StreamingOutput body = rosters::template;
        return Response.ok(body, ImportTemplateResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"loadwise-roster-template.xlsx\"").build();
    }
}
