package app.loadwise.traininglog.importing.internal.store;

/** Where an import stands. */
public enum ImportStatus {
    /** The file is stored and being checked row by row (a dry run). */
    VALIDATING,
    /** Checked; nothing written yet. Can be committed. */
    VALIDATED,
    /** Rows are being written. */
    COMMITTING,
    /** Its rows are in the training log. Can be undone. */
    COMMITTED,
    /** Its rows were removed again. */
    UNDONE,
    /** Checking or writing stopped with an error; a commit can be restarted. */
    FAILED,
    /** The file turned out broken or hostile deep inside while it was checked; nothing was written. See its problem. */
    REJECTED,
    /** Its batch job was stopped on request; it can be resumed or undone. */
    STOPPED
}
