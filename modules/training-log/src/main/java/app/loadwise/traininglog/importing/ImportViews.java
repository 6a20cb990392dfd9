package app.loadwise.traininglog.importing;

import app.loadwise.traininglog.importing.internal.UploadScanner;
import app.loadwise.traininglog.importing.internal.store.ColumnMapping;
import app.loadwise.traininglog.importing.internal.store.ImportCounts;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import app.loadwise.traininglog.importing.internal.store.ReviewItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Imports, review items and mappings as the API shows them. */
final class ImportViews {

    private ImportViews() {
    }

    static ImportView of(ImportRecord r) {
        return of(r, Optional.empty(), null, null, null, null);
    }

    static ImportView of(ImportRecord r, Optional<ImportRecord> sameFile, List<ImportView.PreviewRow> preview,
                         List<ImportView.RowWarning> warnings, List<ImportView.RowWarning> notes, List<ImportView.MessageGroup> groups) {
        ImportCounts c = r.counts();
        boolean checking = r.status() == ImportStatus.VALIDATING || (r.status() != ImportStatus.COMMITTING && r.validatedAt() == null);
        long done = r.rowsDone();
        ImportView.Progress progress;
        if (checking) {
            // while a large file is checked: rows done of the rows the file is expected to hold, below 100% until done
            long total = r.rowsExpected() == null ? 0 : Math.max(r.rowsExpected(), done);
            int percent = total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
            progress = new ImportView.Progress(done, total, percent);
        } else {
            long total = r.rowsInFile();
            progress = new ImportView.Progress(done, total, total == 0 ? 100 : (int) Math.min(100, done * 100 / total));
        }
        ImportView.Problem problem = r.problemStatus() == null ? null
                : new ImportView.Problem(r.problemStatus(), r.problemTitle(), r.message(), r.problemWhere());
        return new ImportView(r.id(), r.clubId(), r.athleteId(), r.fileName(), r.checksum(), r.sizeBytes(), r.fileKind(), r.format(),
                status(r.status()), r.uploadedBy(), r.uploadedAt(),
                new ImportView.Counts(c.total(), c.valid(), c.invalid(), c.ignored(), c.duplicates(), c.review(), c.imported()),
                progress, r.message(), problem,
                sameFile.map(ImportRecord::id).orElse(null), r.validatedAt(), r.committedAt(), r.undoneAt(),
                r.status() == ImportStatus.UNDONE ? r.removed() : null, preview, warnings, ignoredColumns(r), notes, groups, sheetsNotRead(r));
    }

    /** The stored status as the API shows it; a stored status added without one here does not compile. */
    private static ImportView.Status status(ImportStatus stored) {
        return switch (stored) {
            case VALIDATING -> ImportView.Status.VALIDATING;
            case VALIDATED -> ImportView.Status.VALIDATED;
            case COMMITTING -> ImportView.Status.COMMITTING;
            case COMMITTED -> ImportView.Status.COMMITTED;
            case UNDONE -> ImportView.Status.UNDONE;
            case FAILED -> ImportView.Status.FAILED;
            case REJECTED -> ImportView.Status.REJECTED;
            case STOPPED -> ImportView.Status.STOPPED;
        };
    }

    private static List<ImportView.IgnoredColumns> ignoredColumns(ImportRecord r) {
        List<ImportView.IgnoredColumns> ignored = new ArrayList<>();
        r.ignoredColumns().forEach((sheet, columns) -> {
            if (!columns.isEmpty()) {
                ignored.add(new ImportView.IgnoredColumns(sheet.isEmpty() ? null : sheet, columns));
            }
        });
        return ignored;
    }

    /** The sheets not read: kept among the ignored columns as a sheet with no column listed. */
    private static List<ImportView.SheetNotRead> sheetsNotRead(ImportRecord r) {
        List<ImportView.SheetNotRead> notRead = new ArrayList<>();
        r.ignoredColumns().forEach((sheet, columns) -> {
            if (columns.isEmpty() && !sheet.isEmpty()) {
                notRead.add(new ImportView.SheetNotRead(sheet, UploadScanner.notReadMessage(sheet)));
            }
        });
        return notRead;
    }

    static ReviewView of(ReviewItem item) {
        return new ReviewView(item.id(), item.importId(), item.sheet(), item.row(), item.athleteId(), item.date(), item.existingId(),
                item.reason(), item.status().name().toLowerCase(Locale.ROOT), item.resolvedId());
    }

    static MappingView of(ColumnMapping mapping) {
        return new MappingView(mapping.id(), mapping.clubId(), mapping.name(), mapping.headerToField(), mapping.highIs(), mapping.createdAt());
    }
}
