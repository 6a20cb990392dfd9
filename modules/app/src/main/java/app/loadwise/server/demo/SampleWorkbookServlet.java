package app.loadwise.server.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code GET /samples/loadwise-sample.xlsx}: a small log of today's training in the template's layout, with one
 * mistake, for trying the import on the demo club (linked from the import page). It holds no club's data.
 */
@WebServlet(urlPatterns = "/samples/loadwise-sample.xlsx")
public class SampleWorkbookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleWorkbook.write(LocalDate.now(clock.withZone(DemoDataLoader.ZONE)), bytes);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"loadwise-sample.xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.size());
        bytes.writeTo(response.getOutputStream());
    }
}
