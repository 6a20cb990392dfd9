/** Who may use the API: users with a role, a club's integration API keys, the audit log and kept idempotent responses. */
package app.loadwise.domain.access;
