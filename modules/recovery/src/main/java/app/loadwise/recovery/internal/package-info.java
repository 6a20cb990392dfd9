/** Scoring internals: mapping the training log to engine records and assessments back to stored scores. */
package app.loadwise.recovery.internal;
