package app.loadwise.access;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * How the API answers a request it refuses. The app gives every error one form (RFC 9457 problem details); access,
 * and any module that answers a refusal itself, says only which status, title and detail, or which fields are at fault.
 */
public interface Refusals {

    /** A refusal with this status, title and detail; without a title, the status's own title and detail. */
    Response refuse(int status, String title, String detail);

    /** A refusal as {@link #refuse(int, String, String)} that also names each field at fault with its message, in this order. */
    Response refuse(int status, String title, String detail, List<InvalidValueException> errors);

    /** Invalid input (400): the detail, and each field at fault with its message, in this order. */
    Response refuseInput(String detail, List<InvalidValueException> errors);

    /** The detail an error response's body told its caller, or null. */
    String detailOf(Object entity);
}
