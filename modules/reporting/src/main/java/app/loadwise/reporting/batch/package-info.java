/** The weekly report job's reader, processor and writer: clubs in id order, due club-weeks, scheduled deliveries. */
package app.loadwise.reporting.batch;
