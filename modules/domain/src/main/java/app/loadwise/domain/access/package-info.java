/**
 * Who may use the API: users with a role, a club's integration API keys, the audit log, kept idempotent responses and
 * the cluster's request limits.
 */
package app.loadwise.domain.access;
