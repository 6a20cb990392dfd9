package app.loadwise.traininglog.importing;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.domain.importing.ColumnMapping;
import app.loadwise.domain.importing.ColumnMappingRepository;
import app.loadwise.domain.importing.ImportCounts;
import app.loadwise.domain.importing.ImportRecord;
import app.loadwise.domain.importing.ImportRecordRepository;
import app.loadwise.domain.importing.ImportStatus;
import app.loadwise.domain.importing.ImportedLogRepository;
import app.loadwise.domain.importing.ImportedLogRepository.ImportedSession;
import app.loadwise.domain.importing.ReviewItem;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.training.WellnessEntry;
import app.loadwise.domain.training.WellnessRepository;
import app.loadwise.traininglog.importing.internal.Field;
import app.loadwise.traininglog.importing.internal.FileKind;
import app.loadwise.traininglog.importing.internal.FormatDetector;
import app.loadwise.traininglog.importing.internal.ImportFiles;
import app.loadwise.traininglog.importing.internal.ImportRun;
import app.loadwise.traininglog.importing.internal.ImportSettings;
import app.loadwise.traininglog.importing.internal.ReviewPayload;
import app.loadwise.traininglog.importing.internal.RowEstimate;
import app.loadwise.traininglog.importing.internal.RowsAhead;
import app.loadwise.traininglog.importing.internal.SheetLayout;
import app.loadwise.traininglog.importing.internal.TemplateWorkbook;
import app.loadwise.traininglog.importing.internal.UploadScanner;
import app.loadwise.traininglog.importing.batch.ImportJobs;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports training logs from files: an upload is checked row by row (a dry run) and kept; a commit writes it,
 * all or nothing unless invalid rows are to be skipped; an undo removes what it wrote. Files above the
 * synchronous size are left "validating" or "committing" for the batch job, which {@link ImportLauncher} starts.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportService.class.getName());
    /** How long after a check or commit was asked for its job must have recorded itself. */
    static final java.time.Duration JOB_START_GRACE = java.time.Duration.ofMinutes(2);

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    ImportRecordRepository records;

    @Inject
    ImportedLogRepository log;

    @Inject
    ColumnMappingRepository mappings;

    @Inject
    WellnessRepository wellness;

    @Inject
    ImportSettings settings;

    @Inject
    ImportJobs jobs;

    @Inject
    Clock clock;

    /** The container's threads for reading rows ahead; null outside it. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /**
     * Receives a file and checks it. Small files are checked at once and answered with the first rows as they
     * will be stored; large ones are checked by the batch job (status "validating" until done). A file that
     * cannot be read at all is refused and nothing is kept.
     */
    public ImportView upload(UploadRequest request, InputStream content) {
        return upload(request, content, false);
    }

    /**
     * As {@link #upload(UploadRequest, InputStream)}; {@code synchronous} checks a file of any size at once instead
     * of leaving large ones to the batch job (bulk calls, whose size the API already limits).
     */
    public ImportView upload(UploadRequest request, InputStream content, boolean synchronous) {
        Club club = clubs.get(request.clubId());
        Athlete athlete = request.athleteId() == null ? null : athleteOf(club, request.athleteId());
        ImportFiles files = files();
        ImportFiles.Received received = files.receive(content, settings.maxBytes());
        boolean kept = false;
        try {
            FileKind kind = FileKind.sniff(received.path());
            ImportRecord record = records.store(new ImportRecord(club.id(), request.athleteId(), request.fileName(),
                    received.checksum(), received.size(), kind.name().toLowerCase(java.util.Locale.ROOT), request.uploadedBy(),
                    clock.instant(), request.createAthletes()));
            Optional<ImportRecord> sameFile = records.committedWithChecksum(club.id(), request.athleteId(), received.checksum());
            if (!synchronous && received.size() > settings.syncMaxBytes()) {
                // a quick look at the headers now, so an unreadable file is refused at once
                precheck(received.path(), club, athlete);
                files.keep(received, record.id());
                kept = true;
                return view(record, sameFile, null, null);
            }
            ImportRun run = newRun(record, ImportRun.Mode.DRY_RUN, false);
            String format = scan(received.path(), club, athlete, run, null);
            record.validated(format, run.counts(), clock.instant());
            run.ignoredColumns().forEach(c -> record.noteIgnoredColumns(c.sheet(), c.columns()));
            records.store(record);
            files.keep(received, record.id());
            kept = true;
            return view(record, sameFile, run.preview(), run.warnings());
        } finally {
            if (!kept) {
                ImportFiles.delete(received.path());
            }
        }
    }

    /** The largest file an upload may carry. */
    public long maxUploadBytes() {
        return settings.maxBytes();
    }

    /**
     * True when the import is being checked or committed but its job never started (the server stopped between
     * recording the request and starting the job): a stop then marks it stopped at once.
     */
    public boolean jobNeverStarted(long importId) {
        return records.get(importId).jobNeverStarted(clock.instant(), JOB_START_GRACE);
    }

    /** Records the job execution just started for an import, so a second commit or a stop finds it at once. */
    public void launched(long importId, long executionId) {
        records.launched(importId, executionId);
    }

    /** Imports being checked or committed by a batch job: import id to job execution id. */
    public java.util.Map<Long, Long> runningJobs() {
        return records.runningJobs();
    }

    /** The batch job execution an import last ran as, if any. */
    public Long jobExecution(long importId) {
        return records.get(importId).jobExecutionId();
    }

    public ImportView get(long importId) {
        ImportRecord record = records.get(importId);
        return view(record, sameFileAs(record), null, null);
    }

    /** The latest committed import of the same file for the same club and athlete, while this one is not committed itself. */
    private Optional<ImportRecord> sameFileAs(ImportRecord record) {
        if (record.status() == ImportStatus.COMMITTED || record.status() == ImportStatus.UNDONE) {
            return Optional.empty();
        }
        return records.committedWithChecksum(record.clubId(), record.athleteId(), record.checksum())
                .filter(other -> !other.id().equals(record.id()));
    }

    /** A club's imports, newest first. */
    public Page<ImportView> ofClub(long clubId, PageRequest page) {
        clubs.get(clubId);
        return records.ofClub(clubId, page).map(r -> view(r, Optional.empty(), null, null));
    }

    /** The row errors of an import in file order: sheet, row, column, value, what is wrong and how to fix it. */
    public Page<RowProblem> errors(long importId, PageRequest page) {
        records.get(importId);
        return records.errors(importId, page).map(e -> new RowProblem(e.sheet(), e.row(), e.column(), e.value(), e.problem(), e.fix(),
                e.columnRef()));
    }

    /**
     * Writes a checked import. All or nothing unless {@code skipInvalid}: then the valid rows are written and the
     * invalid ones stay listed with the import. Exact duplicates of what is in the log are skipped; near matches
     * are held for review.
     */
    public ImportView commit(long importId, boolean skipInvalid) {
        return commit(importId, skipInvalid, false);
    }

    /** As {@link #commit(long, boolean)}; {@code synchronous} writes a file of any size at once (bulk calls). */
    public ImportView commit(long importId, boolean skipInvalid, boolean synchronous) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.COMMITTING && (record.jobExecutionId() != null
                ? !jobs.isRunning(record.jobExecutionId()) : record.jobNeverStarted(clock.instant(), JOB_START_GRACE))) {
            // the server stopped while writing, or before its job started: rows already written are recognised and skipped
            record.failed("the commit was interrupted; it was started again");
        }
        record.startCommit(skipInvalid);
        record.jobRequested(clock.instant());
        Path file = storedFile(importId);
        if (!synchronous && record.status() == ImportStatus.COMMITTING && record.sizeBytes() > settings.syncMaxBytes()) {
            records.clearFindings(importId);
            return view(records.store(record), Optional.empty(), null, null);
        }
        Club club = clubs.get(record.clubId());
        Athlete athlete = record.athleteId() == null ? null : athletes.get(record.athleteId());
        records.clearFindings(importId);
        ImportRun run = newRun(record, ImportRun.Mode.COMMIT, skipInvalid);
        scan(file, club, athlete, run, null);
        record.committed(run.counts(), clock.instant());
        return view(records.store(record), Optional.empty(), null, null);
    }

    /**
     * Asks the batch job of an import being checked or committed to stop after its current chunk (on whichever
     * instance runs it); 409 when nothing is running for it. Returns the import and the job execution to stop.
     */
    public ImportView requestStop(long importId) {
        ImportRecord record = records.get(importId);
        record.checkStoppable();
        if (!records.requestStop(record)) {
            record.checkStoppable();
        }
        return view(record, Optional.empty(), null, null);
    }

    /**
     * Resumes a stopped (or failed) import: a commit is started again (rows already written are recognised and
     * skipped); a check starts again from the first row. Returns the import as it now stands ("validating" or
     * "committing"), for the launcher to start the job.
     */
    public ImportView resume(long importId) {
        ImportRecord record = records.get(importId);
        if (record.status() != ImportStatus.STOPPED && record.status() != ImportStatus.FAILED) {
            throw new ConflictException("status", "import " + importId + " is " + record.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; only a stopped or failed import can be resumed");
        }
        if (record.stoppedWhileWriting()) {
            return commit(importId, record.skipInvalid());
        }
        storedFile(importId);
        record.restartCheck();
        record.jobRequested(clock.instant());
        records.clearFindings(importId);
        return view(records.store(record), Optional.empty(), null, null);
    }

    /** The rows a stored upload is expected to hold, for progress while it is checked; 0 when not known. */
    public long expectedRows(Path file) {
        return Math.max(0, RowEstimate.of(file, settings.maxRows() + 1));
    }

    /** Removes every session and wellness entry the import wrote. */
    public ImportView undo(long importId) {
        ImportRecord record = records.get(importId);
        if (record.status() == ImportStatus.COMMITTING) {
            throw new ConflictException("status", "import " + importId + " is still being written; undo it when it is committed");
        }
        long removed = log.removeImported(importId);
        record.undone(removed, clock.instant());
        return view(records.store(record), Optional.empty(), null, null);
    }

    /** The rows of an import held for review. */
    public Page<ReviewView> reviewItems(long importId, PageRequest page) {
        records.get(importId);
        return records.reviewItems(importId, page).map(ImportService::view);
    }

    /** Decides a row held for review: import it after all, or keep the existing record. */
    public ReviewView resolve(long importId, long itemId, boolean importIt) {
        ImportRecord record = records.get(importId);
        if (record.status() != ImportStatus.COMMITTED) {
            throw new ConflictException("status", "rows held for review can be decided once the import is committed; it is "
                    + record.status().name().toLowerCase(java.util.Locale.ROOT));
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
            entry.revise(ReviewPayload.wellness(item.payload()));
            wellness.store(entry);
            item.imported(entry.id());
        }
        return view(records.store(item));
    }

    /** Writes the Loadwise template workbook. */
    public void template(OutputStream out) throws IOException {
        TemplateWorkbook.write(out);
    }

    /** Saves a club's column mapping; uploads whose header row matches are read with it. */
    public MappingView saveMapping(long clubId, MappingRequest request) {
        clubs.get(clubId);
        Map<String, String> columns = new LinkedHashMap<>();
        request.columns().forEach((header, code) -> {
            InvalidValueException.require(request.headers().contains(header), "columns",
                    "'" + header + "' is not one of the headers given");
            Field field = Field.fromCode(code);
            InvalidValueException.require(field != null, "columns", "'" + code + "' is not a field; use one of " + fieldCodes());
            columns.put(header, field.code());
        });
        ColumnMapping mapping = mappings.add(new ColumnMapping(clubId, request.name(), FormatDetector.signature(request.headers()),
                columns, clock.instant()));
        return view(mapping);
    }

    public List<MappingView> mappings(long clubId) {
        clubs.get(clubId);
        return mappings.ofClub(clubId).stream().map(ImportService::view).toList();
    }

    public void deleteMapping(long clubId, long mappingId) {
        mappings.remove(mappings.get(clubId, mappingId));
    }

    // ---- shared with the batch job -----------------------------------------------------------------------

    /**
     * Reads the whole file through a run, chunk by chunk, the rows parsed and validated on a second thread while
     * the run matches and writes the chunk before; returns the format of the first sheet read.
     */
    public String scan(Path file, Club club, Athlete athlete, ImportRun run, Long skipRows) {
        UploadScanner scanner = scanner(file, club, athlete);
        try (RowsAhead rows = rowsAhead(scanner, skipRows == null ? 0 : skipRows)) {
            List<UploadScanner.Scanned> chunk = new ArrayList<>(settings.chunkRows());
            UploadScanner.Scanned row;
            while ((row = rows.next()) != null) {
                chunk.add(row);
                if (chunk.size() == settings.chunkRows()) {
                    run.process(chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                run.process(chunk);
            }
            return format(scanner.layouts());
        }
    }

    /** Starts reading an opened upload ahead on a thread of its own, two chunks deep; it closes the scanner. */
    public RowsAhead rowsAhead(UploadScanner scanner, long skipRows) {
        return new RowsAhead(scanner, skipRows, 2 * settings.chunkRows(), threads != null ? threads : RowsAhead.plainThreads());
    }

    /** Opens an upload with the club's conventions, limits and saved mappings. */
    public UploadScanner scanner(Path file, Club club, Athlete athlete) {
        ZoneId zone = athlete == null ? club.timeZone() : athlete.zoneOr(club.timeZone());
        return new UploadScanner(file, new FormatDetector(savedMappings(club.id())),
                new UploadScanner.Settings(club.locale(), zone, athlete != null, settings.maxColumns(), settings.maxRows(),
                        java.time.LocalDate.now(clock.withZone(club.timeZone()))));
    }

    private void precheck(Path file, Club club, Athlete athlete) {
        try (UploadScanner scanner = scanner(file, club, athlete).withoutDateOrderPass()) {
            scanner.next();
        }
    }

    public static String format(List<SheetLayout> layouts) {
        return layouts.stream().map(l -> l.format().code()).distinct().reduce((a, b) -> a + "+" + b).orElse(null);
    }

    public ImportRun newRun(ImportRecord record, ImportRun.Mode mode, boolean skipInvalid) {
        return new ImportRun(new ImportRun.Context(record.id(), record.clubId(), record.athleteId(), record.createAthletes(), mode,
                skipInvalid), athletes, log, records, records.countErrors(record.id()));
    }

    /**
     * Deletes the kept uploads that are no longer worth keeping and notes it on their imports: of committed, undone
     * or rejected imports after {@code keepFinished} (their rows are in the database and nothing reads the file
     * again), of imports checked, stopped or failed but never finished after {@code keepPending} from their last
     * check or commit. Each is noted before its file goes, and only if it is still due then, so a commit or resume
     * started meanwhile keeps its file. Answers how many uploads were deleted.
     */
    public int deleteOldUploads(java.time.Duration keepFinished, java.time.Duration keepPending) {
        java.time.Instant now = clock.instant();
        java.time.Instant finishedCutoff = now.minus(keepFinished);
        java.time.Instant pendingCutoff = now.minus(keepPending);
        int deleted = 0;
        for (long importId : records.uploadsDue(finishedCutoff, pendingCutoff, 1_000)) {
            if (!records.uploadDeleted(importId, now, finishedCutoff, pendingCutoff)) {
                continue;
            }
            Path file = files().path(importId);
            try {
                java.nio.file.Files.deleteIfExists(file);
                deleted++;
            } catch (java.io.IOException e) {
                records.uploadKept(importId);
                LOG.log(java.util.logging.Level.WARNING, "The kept upload " + file + " could not be deleted; it is tried again next time", e);
            }
        }
        return deleted;
    }

    /**
     * Closes a checked bulk call whose invalid items mean nothing is written: rejected, so it is never committed and
     * its upload goes with the finished ones; its item errors stay readable.
     */
    public ImportView rejectInvalidItems(long importId) {
        ImportRecord record = records.get(importId);
        record.rejected(422, "Invalid items", record.counts().invalid() + " item(s) are invalid and nothing was written;"
                + " fix them and send the call again, or send skipInvalid=true to write the valid ones", null);
        return view(records.store(record), Optional.empty(), null, null);
    }

    /** The imports whose kept uploads hold only this athlete's data: read them before the athlete is erased. */
    public List<Long> importsOfAthlete(long athleteId) {
        return records.idsOfAthlete(athleteId);
    }

    /** Deletes the kept uploads of these imports (an erased athlete's); answers how many files there were. */
    public int deleteUploads(List<Long> importIds) {
        int deleted = 0;
        for (long importId : importIds) {
            Path file = files().path(importId);
            try {
                if (java.nio.file.Files.deleteIfExists(file)) {
                    deleted++;
                }
            } catch (java.io.IOException e) {
                LOG.log(java.util.logging.Level.WARNING, "The kept upload " + file + " could not be deleted", e);
            }
        }
        return deleted;
    }

    public ImportFiles files() {
        return new ImportFiles(settings.directory());
    }

    /**
     * The kept upload of an import. In a cluster every instance must see the same directory (shared storage): an
     * instance that cannot find the file answers 409 and says so, rather than failing somewhere inside the job.
     */
    public Path storedFile(long importId) {
        Path file = files().path(importId);
        if (!java.nio.file.Files.isReadable(file)) {
            records.get(importId).checkUploadKept();
            LOG.warning(() -> "The uploaded file of import " + importId + " is not in " + settings.directory() + " on this instance");
            throw new ConflictException("importId", "the uploaded file of import " + importId + " is not in the import directory"
                    + " of this instance; in a cluster LOADWISE_IMPORT_DIR must be storage shared by all instances");
        }
        return file;
    }

    private List<FormatDetector.SavedMapping> savedMappings(long clubId) {
        List<FormatDetector.SavedMapping> saved = new ArrayList<>();
        for (ColumnMapping mapping : mappings.ofClub(clubId)) {
            Map<String, Field> fields = new LinkedHashMap<>();
            mapping.headerToField().forEach((header, code) -> {
                Field field = Field.fromCode(code);
                if (field != null) {
                    fields.put(header, field);
                }
            });
            saved.add(new FormatDetector.SavedMapping(mapping.name(), mapping.signature(), fields));
        }
        return saved;
    }

    private Athlete athleteOf(Club club, long athleteId) {
        Athlete athlete = athletes.get(athleteId);
        if (athlete.clubId() != club.id()) {
            throw new app.loadwise.domain.common.NotFoundException("athlete", athleteId);
        }
        return athlete;
    }

    private static String fieldCodes() {
        return String.join(", ", java.util.Arrays.stream(Field.values()).map(Field::code).toList());
    }

    static ImportView view(ImportRecord r, Optional<ImportRecord> sameFile, List<ImportView.PreviewRow> preview,
                           List<ImportView.RowWarning> warnings) {
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
                r.status().name().toLowerCase(java.util.Locale.ROOT), r.uploadedBy(), r.uploadedAt(),
                new ImportView.Counts(c.total(), c.valid(), c.invalid(), c.ignored(), c.duplicates(), c.review(), c.imported()),
                progress, r.message(), problem,
                sameFile.map(ImportRecord::id).orElse(null), r.validatedAt(), r.committedAt(), r.undoneAt(),
                r.status() == ImportStatus.UNDONE ? r.removed() : null, preview, warnings, ignoredColumns(r));
    }

    private static List<ImportView.IgnoredColumns> ignoredColumns(ImportRecord r) {
        List<ImportView.IgnoredColumns> ignored = new ArrayList<>();
        r.ignoredColumns().forEach((sheet, columns) -> ignored.add(new ImportView.IgnoredColumns(sheet.isEmpty() ? null : sheet, columns)));
        return ignored;
    }

    private static ReviewView view(ReviewItem item) {
        return new ReviewView(item.id(), item.importId(), item.sheet(), item.row(), item.athleteId(), item.date(), item.existingId(),
                item.reason(), item.status().name().toLowerCase(java.util.Locale.ROOT), item.resolvedId());
    }

    private static MappingView view(ColumnMapping mapping) {
        return new MappingView(mapping.id(), mapping.clubId(), mapping.name(), mapping.headerToField(), mapping.createdAt());
    }
}
