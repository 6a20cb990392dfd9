package app.loadwise.reporting.rest;

import app.loadwise.reporting.ClubWeekReport;
import app.loadwise.reporting.WeeklyReports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Downloads a club's weekly report for any ISO week that has started. */
@Path("clubs/{clubId}/reports")
@RequestScoped
public class ClubReportResource {

    @Inject
    WeeklyReports reports;

    /** The workbook of a week such as {@code 2026-W47}; the data is read before the first byte is sent. */
    @GET
    @Path("{week}.xlsx")
    @Produces(WeeklyReports.CONTENT_TYPE)
    public Response download(@PathParam("clubId") long clubId, @PathParam("week") String week) {
        ClubWeekReport report = reports.assemble(clubId, week);
        StreamingOutput body = out -> reports.write(report, out);
        return Response.ok(body, WeeklyReports.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + WeeklyReports.fileName(report) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
