package app.loadwise.traininglog.rest;

import app.loadwise.traininglog.importing.ImportUploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Downloads the Loadwise template workbook (sessions, wellness, instructions). */
@Path("imports/template")
@RequestScoped
public class ImportTemplateResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportUploads service;

    @GET
    @Produces(XLSX)
    public Response template() {
        StreamingOutput body = service::template;
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"loadwise-template.xlsx\"").build();
    }
}
