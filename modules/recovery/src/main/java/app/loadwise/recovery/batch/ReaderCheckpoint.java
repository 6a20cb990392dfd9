package app.loadwise.recovery.batch;

import java.io.Serializable;

/** Where a partition's reader stands: every athlete up to this id is scored and committed. */
public record ReaderCheckpoint(long lastAthleteId, int done) implements Serializable {

    private static final long serialVersionUID = 1L;
}
