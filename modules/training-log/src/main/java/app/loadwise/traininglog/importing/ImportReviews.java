package app.loadwise.traininglog.importing;

import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.internal.ReviewPayload;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.ImportedSession;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository;
import app.loadwise.traininglog.importing.internal.store.ReviewItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** The rows of an import held for review because they nearly match a record in the log, and what is decided. */
@ApplicationScoped
@Transactional
public class ImportReviews {

    @Inject
    ImportRecordRepository records;

    @Inject
    ImportedLogRepository log;

    @Inject
    WellnessRepository wellness;

    /** The rows of an import held for review. */
    public Page<ReviewView> reviewItems(long importId, PageRequest page) {
        records.get(importId);
        return records.reviewItems(importId, page).map(ImportViews::of);
    }

    /**
     * Decides a row held for review: import it after all, or keep the existing record. A session is added beside the
     * one it nearly matches; a wellness row is merged into the day's entry, its own values set and the others kept.
     */
    public ReviewView resolve(long importId, long itemId, boolean importIt) {
        ImportRecord record = records.get(importId);
        if (record.status() != ImportStatus.COMMITTED) {
            throw new ConflictException("status", "rows held for review can be decided once the import is committed; it is "
                    + record.status().name().toLowerCase(Locale.ROOT));
        }
        ReviewItem item = records.reviewItem(importId, itemId);
        if (!importIt) {
            item.dismiss();
        } else if (ReviewPayload.isSession(item.payload())) {
            long[] ids = log.insertSessions(List.of(new ImportedSession(item.athleteId(), ReviewPayload.session(item.payload()),
                    importId, item.row())));
            item.imported(ids[0]);
        } else {
            WellnessEntry entry = wellness.get(item.existingId());
            // the row's values are set, the values it lacks kept (fatigue from the training sheet stays)
            entry.mergeReviewed(ReviewPayload.wellness(item.payload()));
            wellness.store(entry);
            item.imported(entry.id());
        }
        return ImportViews.of(records.store(item));
    }
}
