/** Schedules: the nightly scoring run, started once per night across a cluster. */
package app.loadwise.server.schedule;
