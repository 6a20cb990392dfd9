package app.loadwise.traininglog.importing.batch;

import java.io.Serializable;

/** How many rows of the upload the reader had handed out when the last chunk committed. */
public record ReaderCheckpoint(long rowsRead) implements Serializable {
}
