package app.loadwise.reporting.rest;

import app.loadwise.reporting.ClubDataExports.Format;
import app.loadwise.reporting.ClubDataExports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A club's full data export, as a workbook ({@code format=xlsx}, the default) or a zip of CSV files ({@code csv}). */
@Path("clubs/{clubId}/export")
@RequestScoped
public class ClubExportResource {

    @Inject
    ClubDataExports exports;

    @GET
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip"})
    public Response export(@PathParam("clubId") long clubId, @QueryParam("format") String format) {
        Format chosen = Format.of(format);
        String fileName = exports.fileName(clubId, chosen);
        StreamingOutput body = out -> exports.write(clubId, chosen, out);
        return Response.ok(body, chosen.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
