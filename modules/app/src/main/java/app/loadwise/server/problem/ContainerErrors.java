package app.loadwise.server.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Errors raised by the servlet container inside the application, not by the API's resources, are problems too: an
 * error status sent by the container or the JAX-RS runtime (an unparsable {@code Content-Type}, a path outside the
 * API, a method a static resource does not take) is answered as {@code application/problem+json} instead of the
 * server's HTML page, {@code TRACE} is refused with 405, an exception that escapes the servlets with 500. Statuses
 * the HTTP layer has no reason phrase for (422, 429) get their standard one.
 *
 * <p>Errors the HTTP layer answers before a request reaches the application (a header line with a byte outside
 * ASCII, a URI that cannot be decoded or holds a NUL byte) cannot be shaped here; see docs/api.md.
 */
@WebFilter(filterName = "container-errors", urlPatterns = "/*", asyncSupported = true)
public class ContainerErrors extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("TRACE".equalsIgnoreCase(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            write(response, Problems.ofStatus(405, "TRACE is not allowed."));
            return;
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !isMediaType(contentType)) {
            write(response, Problem.invalid("The Content-Type header is not a media type; send application/json.",
                    List.of(new Problem.FieldError("Content-Type", "not a media type such as application/json"))));
            return;
        }
        ProblemResponse wrapped = new ProblemResponse(response);
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Unexpected error in " + request.getMethod() + " "
                    + LoggedPaths.withoutTokens(request.getRequestURI()), e);
            response.reset();
            write(response, Problem.of(500, "Internal error", "The request could not be completed; the error has been logged."));
        }
    }

    static boolean isMediaType(String header) {
        try {
            MediaType type = MediaType.valueOf(header);
            return !type.getType().isEmpty() && !type.getSubtype().isEmpty();
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Writes a problem as the whole answer. */
    static void write(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(problem.status());
        ReasonPhrases.set(response, problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        if (problem.status() == 503) {
            response.setHeader("Retry-After", "30");
        }
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** Turns {@code sendError} into a problem answer, and gives statuses the HTTP layer does not know their phrase. */
    static final class ProblemResponse extends HttpServletResponseWrapper {
        private boolean errorSent;

        ProblemResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted() || errorSent) {
                super.sendError(status, message);
                return;
            }
            errorSent = true;
            write((HttpServletResponse) getResponse(), Problems.ofStatus(status, null));
        }

        @Override
        public void setStatus(int status) {
            if (errorSent) {
                return;
            }
            super.setStatus(status);
            ReasonPhrases.set(getResponse(), status);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return errorSent ? Discarding.STREAM : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return errorSent ? new PrintWriter(new OutputStreamWriter(Discarding.STREAM, StandardCharsets.UTF_8)) : super.getWriter();
        }
    }

    /** Where output goes once a problem was sent in place of it. */
    private static final class Discarding extends ServletOutputStream {
        static final Discarding STREAM = new Discarding();

        @Override
        public void write(int b) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    }

    /**
     * Payara's HTTP layer (Grizzly) knows no reason phrase for 422 and 429 and sends "CUSTOM"; the servlet API cannot
     * set one. This sets the standard phrase on Grizzly's response behind Payara's, by reflection; on any other
     * server, or should Payara's classes change, it does nothing.
     */
    static final class ReasonPhrases {
        private static final Map<Integer, String> MISSING = Map.of(422, "Unprocessable Content", 429, "Too Many Requests");
        private static volatile Access access;

        private record Access(Class<?> facade, Field catalina, Method coyote, Method setStatus) {
        }

        private ReasonPhrases() {
        }

        static void set(ServletResponse response, int status) {
            String phrase = MISSING.get(status);
            if (phrase == null) {
                return;
            }
            ServletResponse inner = response;
            while (inner instanceof jakarta.servlet.ServletResponseWrapper wrapper) {
                inner = wrapper.getResponse();
            }
            try {
                Access found = access;
                if (found == null || found.facade() != inner.getClass()) {
                    found = find(inner.getClass());
                    access = found;
                }
                if (found.catalina() == null) {
                    return;
                }
                Object catalina = found.catalina().get(inner);
                Object grizzly = found.coyote().invoke(catalina);
                found.setStatus().invoke(grizzly, status, phrase);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.FINE, "Could not set the reason phrase of " + status, e);
            }
        }

        private static Access find(Class<?> facade) {
            try {
                Field catalina = null;
                for (Class<?> c = facade; c != null && catalina == null; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (f.getName().equals("response")) {
                            catalina = f;
                        }
                    }
                }
                if (catalina == null) {
                    return new Access(facade, null, null, null);
                }
                catalina.setAccessible(true);
                Method coyote = catalina.getType().getMethod("getCoyoteResponse");
                Method setStatus = coyote.getReturnType().getMethod("setStatus", int.class, String.class);
                return new Access(facade, catalina, coyote, setStatus);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return new Access(facade, null, null, null);
            }
        }
    }
}
