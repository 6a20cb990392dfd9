package app.loadwise.server.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The exception mappers; each is as specific as the built-in one it must win against. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** Everything not mapped more specifically. */
    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable thrown) {
            return Problems.response(Problems.of(thrown));
        }
    }

    /** Bean Validation of request bodies and parameters. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException thrown) {
            return Problems.response(Problems.violations(thrown));
        }
    }

    /** HTTP errors raised by the JAX-RS runtime: unknown paths, wrong methods and media types, unreadable bodies. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException thrown) {
            return Problems.response(Problems.of(thrown));
        }
    }
}
