package app.loadwise.server.problem;

import app.loadwise.access.Refusals;
import app.loadwise.domain.common.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The modules' refusals in the API's one error form: application/problem+json. */
@ApplicationScoped
public class ProblemRefusals implements Refusals {

    @Override
    public Response refuse(int status, String title, String detail) {
        return Problems.response(problem(status, title, detail));
    }

    @Override
    public Response refuse(int status, String title, String detail, List<InvalidValueException> errors) {
        Problem problem = problem(status, title, detail);
        return Problems.response(new Problem(problem.type(), problem.title(), status, problem.detail(), fieldErrors(errors)));
    }

    @Override
    public Response refuseInput(String detail, List<InvalidValueException> errors) {
        return Problems.response(Problem.invalid(detail, fieldErrors(errors)));
    }

    @Override
    public String detailOf(Object entity) {
        return entity instanceof Problem problem ? problem.detail() : null;
    }

    private static Problem problem(int status, String title, String detail) {
        return title == null ? Problems.ofStatus(status, detail) : Problem.of(status, title, detail);
    }

    private static List<Problem.FieldError> fieldErrors(List<InvalidValueException> errors) {
        return errors.stream().map(e -> new Problem.FieldError(e.field(), e.getMessage())).toList();
    }
}
