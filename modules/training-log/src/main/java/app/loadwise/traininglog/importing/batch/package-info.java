/** The training-log import as a Jakarta Batch job: rows read from the upload in checkpointed chunks, checked or written. */
package app.loadwise.traininglog.importing.batch;
