package app.loadwise.traininglog.importing;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.NotFoundException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.importing.internal.FileKind;
import app.loadwise.traininglog.importing.internal.ImportFiles;
import app.loadwise.traininglog.importing.internal.ImportPipeline;
import app.loadwise.traininglog.importing.internal.ImportRun;
import app.loadwise.traininglog.importing.internal.MessageGroups;
import app.loadwise.traininglog.importing.internal.RawRow;
import app.loadwise.traininglog.importing.internal.TemplateWorkbook;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportRowError;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives files and checks them (a dry run): small files at once, through the same reader and writer the batch job
 * uses, large ones left "validating" for the job. Also the imports as they stand, their row errors, the template, and
 * the kept uploads' upkeep.
 */
@ApplicationScoped
@Transactional
public class ImportUploads {

    private static final Logger LOG = Logger.getLogger(ImportUploads.class.getName());

    @Inject
    ClubRepository clubs;

    @Inject
    AthleteRepository athletes;

    @Inject
    ImportRecordRepository records;

    @Inject
    ImportPipeline pipeline;

    @Inject
    Clock clock;

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
        ImportFiles files = pipeline.files();
        ImportFiles.Received received = files.receive(content, pipeline.settings().maxBytes());
        boolean kept = false;
        try {
            FileKind kind = FileKind.sniff(received.path());
            ImportRecord record = records.store(new ImportRecord(club.id(), request.athleteId(), request.fileName(),
                    received.checksum(), received.size(), kind.name().toLowerCase(Locale.ROOT), request.uploadedBy(),
                    clock.instant(), request.createAthletes()));
            Optional<ImportRecord> sameFile = records.committedWithChecksum(club.id(), request.athleteId(), received.checksum());
            if (!synchronous && received.size() > pipeline.settings().syncMaxBytes()) {
                // a quick look at the headers now, so an unreadable file is refused at once
                pipeline.precheck(received.path(), club, athlete);
                files.keep(received, record.id());
                kept = true;
                return ImportViews.of(record, sameFile, null, null, null, null);
            }
            ImportPipeline.Pass pass = pipeline.runInProcess(record, received.path(), ImportRun.Mode.DRY_RUN, false);
            ImportRun run = pass.run();
            record.validated(pass.format(), run.counts(), clock.instant());
            records.store(record);
            files.keep(received, record.id());
            kept = true;
            return ImportViews.of(record, sameFile, run.preview(), run.warnings(), run.notes(), run.groups());
        } finally {
            if (!kept) {
                ImportFiles.delete(received.path());
            }
        }
    }

    /** The kind of file an import of a bulk call's items is recorded as: its items, sent as JSON, no file. */
    public static final String BULK_KIND = "json";

    /**
     * Checks rows built in memory, the header row first (a bulk call's items), at once and as an upload is checked:
     * the same reader, messages, counts and preview, and no file kept. The record's checksum is that of the rows, so
     * the same items sent again are recognised as an upload of the same file is.
     */
    public ImportView check(UploadRequest request, List<RawRow> rows) {
        Club club = clubs.get(request.clubId());
        if (request.athleteId() != null) {
            athleteOf(club, request.athleteId());
        }
        RawRow.Digest digest = RawRow.digest(rows);
        ImportRecord record = records.store(new ImportRecord(club.id(), request.athleteId(), request.fileName(),
                digest.checksum(), digest.size(), BULK_KIND, request.uploadedBy(),
                clock.instant(), request.createAthletes()));
        Optional<ImportRecord> sameFile = records.committedWithChecksum(club.id(), request.athleteId(), digest.checksum());
        ImportPipeline.Pass pass = pipeline.runInProcess(record, rows, ImportRun.Mode.DRY_RUN, false);
        ImportRun run = pass.run();
        record.validated(pass.format(), run.counts(), clock.instant());
        records.store(record);
        return ImportViews.of(record, sameFile, run.preview(), run.warnings(), run.notes(), run.groups());
    }

    /** The largest file an upload may carry. */
    public long maxUploadBytes() {
        return pipeline.settings().maxBytes();
    }

    /**
     * An import as it stands; once checked or written, with its stored row errors grouped by kind and column (warnings
     * and notes are given with the answer to the upload only).
     */
    public ImportView get(long importId) {
        ImportRecord record = records.get(importId);
        List<ImportView.MessageGroup> groups = null;
        if (record.status() != ImportStatus.VALIDATING && record.status() != ImportStatus.COMMITTING) {
            MessageGroups errors = new MessageGroups();
            int pages = (ImportRun.MAX_STORED_ERRORS + PageRequest.MAX_SIZE - 1) / PageRequest.MAX_SIZE;
            for (int page = 0; page < pages; page++) {
                Page<ImportRowError> stored = records.errors(importId, new PageRequest(page, PageRequest.MAX_SIZE));
                stored.items().forEach(e -> errors.error(problem(e)));
                if (stored.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            groups = errors.groups();
        }
        return ImportViews.of(record, sameFileAs(record), null, null, null, groups);
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
        return records.ofClub(clubId, page).map(ImportViews::of);
    }

    /** The row errors of an import in file order: sheet, row, column, value, what is wrong and how to fix it. */
    public Page<RowProblem> errors(long importId, PageRequest page) {
        records.get(importId);
        return records.errors(importId, page).map(ImportUploads::problem);
    }

    private static RowProblem problem(ImportRowError e) {
        return new RowProblem(e.sheet(), e.row(), e.column(), e.value(), e.problem(), e.fix(), e.columnRef());
    }

    /** Writes the Loadwise template workbook. */
    public void template(OutputStream out) throws IOException {
        TemplateWorkbook.write(out);
    }

    /**
     * Deletes the kept uploads that are no longer worth keeping and notes it on their imports: of committed, undone
     * or rejected imports after {@code keepFinished} (their rows are in the database and nothing reads the file
     * again), of imports checked, stopped or failed but never finished after {@code keepPending} from their last
     * check or commit. Each is noted before its file goes, and only if it is still due then, so a commit or resume
     * started meanwhile keeps its file. Answers how many uploads were deleted.
     */
    public int deleteOldUploads(Duration keepFinished, Duration keepPending) {
        Instant now = clock.instant();
        Instant finishedCutoff = now.minus(keepFinished);
        Instant pendingCutoff = now.minus(keepPending);
        int deleted = 0;
        for (long importId : records.uploadsDue(finishedCutoff, pendingCutoff, 1_000)) {
            if (!records.uploadDeleted(importId, now, finishedCutoff, pendingCutoff)) {
                continue;
            }
            Path file = pipeline.files().path(importId);
            try {
                Files.deleteIfExists(file);
                deleted++;
            } catch (IOException e) {
                records.uploadKept(importId);
                LOG.log(Level.WARNING, "The kept upload " + file + " could not be deleted; it is tried again next time", e);
            }
        }
        return deleted;
    }

    /** The imports whose kept uploads hold only this athlete's data: read them before the athlete is erased. */
    public List<Long> importsOfAthlete(long athleteId) {
        return records.idsOfAthlete(athleteId);
    }

    /** Deletes the kept uploads of these imports (an erased athlete's); answers how many files there were. */
    public int deleteUploads(List<Long> importIds) {
        int deleted = 0;
        for (long importId : importIds) {
            Path file = pipeline.files().path(importId);
            try {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The kept upload " + file + " could not be deleted", e);
            }
        }
        return deleted;
    }

    private Athlete athleteOf(Club club, long athleteId) {
        Athlete athlete = athletes.get(athleteId);
        if (athlete.clubId() != club.id()) {
            throw new NotFoundException("athlete", athleteId);
        }
        return athlete;
    }
}
