/**
 * Who may use the API: users with a role, a club's integration API keys, sign-in and browser sessions, the filters
 * that authenticate and authorize every request, the audit log and the cluster's request limits.
 */
package app.loadwise.access;
