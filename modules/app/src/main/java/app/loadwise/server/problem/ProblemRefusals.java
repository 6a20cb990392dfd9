package app.loadwise.server.problem;

import app.loadwise.access.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Access's refusals in the API's one error form: application/problem+json. */
@ApplicationScoped
public class ProblemRefusals implements Refusals {

    @Override
    public Response refuse(int status, String title, String detail) {
        return Problems.response(title == null ? Problems.ofStatus(status, detail) : Problem.of(status, title, detail));
    }

    @Override
    public String detailOf(Object entity) {
        return entity instanceof Problem problem ? problem.detail() : null;
    }
}
