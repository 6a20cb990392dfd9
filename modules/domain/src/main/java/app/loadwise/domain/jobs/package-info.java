/** Batch job executions and who runs them: leases, heartbeats, and recovery of executions whose instance died. */
package app.loadwise.domain.jobs;
