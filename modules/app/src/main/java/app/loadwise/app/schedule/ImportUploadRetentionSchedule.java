package app.loadwise.app.schedule;

import app.loadwise.traininglog.importing.ImportService;
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
 * than {@code loadwise.import.keep-uploads}. Deleting a file another instance deleted already is a no-op.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportUploadRetentionSchedule {

    private static final Logger LOG = Logger.getLogger(ImportUploadRetentionSchedule.class.getName());

    @Inject
    ImportService imports;

    @Inject
    @ConfigProperty(name = "loadwise.import.keep-uploads", defaultValue = "P7D")
    Duration keep;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void deleteFinishedUploads() {
        try {
            int deleted = imports.deleteFinishedUploads(keep);
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " uploads of finished imports older than " + keep);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deleting the uploads of finished imports failed", e);
        }
    }
}
