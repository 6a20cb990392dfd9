/** The nightly scoring job's batch artifacts: partition mapper, reader, processor, writer, listener. */
package app.loadwise.recovery.batch;
