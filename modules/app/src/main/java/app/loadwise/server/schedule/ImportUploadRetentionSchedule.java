package app.loadwise.server.schedule;

import app.loadwise.traininglog.importing.ImportUploads;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour, on every instance, deletes the kept uploads of finished imports (committed, undone or rejected) older
 * than {@code loadwise.import.keep-uploads}, and of imports checked, stopped or failed but never finished older than
 * {@code loadwise.import.keep-pending-uploads}, at most 1,000 a run. Deleting a file another instance deleted
 * already is a no-op.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportUploadRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(ImportUploadRetentionSchedule.class.getName());

    @Inject
    ImportUploads imports;

    @Inject
    @ConfigProperty(name = "loadwise.import.keep-uploads", defaultValue = "P7D")
    Duration keep;

    @Inject
    @ConfigProperty(name = "loadwise.import.keep-pending-uploads", defaultValue = "P30D")
    Duration keepPending;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void deleteOldUploads() {
        try {
            int deleted = imports.deleteOldUploads(keep, keepPending);
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " kept uploads (finished imports older than " + keep
                        + ", unfinished ones older than " + keepPending + ")");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting old kept uploads failed", e);
        }
    }
}
