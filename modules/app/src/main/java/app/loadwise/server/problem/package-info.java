/** Every error answered as application/problem+json (RFC 9457), mapped in one place. */
package app.loadwise.server.problem;
