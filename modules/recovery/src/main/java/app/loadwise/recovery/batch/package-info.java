/**
 * The nightly scoring job's batch artifacts: partition mapper, reader, processor, writer, listener, the recorder of
 * the club-weeks' scoring states, and the run's parameters (ScoringContext).
 */
package app.loadwise.recovery.batch;
