package app.loadwise.traininglog.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Imports a club's roster from a spreadsheet: every row is checked as the athlete API checks it; a dry run answers
 * what would be created, updated and left unchanged; a commit writes it all in one transaction, or nothing when
 * the file has any error. Athletes are matched by member id within the club; the club's athletes that are not in
 * the file are left as they are.
 */
public interface RosterImports {

    /** The most athletes one roster file may hold. */
    int MAX_ROWS = 10_000;

    /** Largest file accepted, in bytes (LOADWISE_IMPORT_MAX_BYTES, as for the session import). */
    long maxUploadBytes();

    /**
     * Checks the file against the club's athletes and, unless {@code dryRun}, writes it. A commit of a file with errors
     * writes nothing and is refused (422) with every error.
     */
    RosterImportResult upload(long clubId, String fileName, InputStream content, boolean dryRun);

    /** Writes the roster template workbook. */
    void template(OutputStream out) throws IOException;
}
