package app.loadwise.access;

import jakarta.ws.rs.core.Response;

/**
 * How the API answers a request it refuses. The app gives every error one form (RFC 9457 problem details); access
 * says only which status, title and detail.
 */
public interface Refusals {

    /** A refusal with this status, title and detail; without a title, the status's own title and detail. */
    Response refuse(int status, String title, String detail);

    /** The detail an error response's body told its caller, or null. */
    String detailOf(Object entity);
}
