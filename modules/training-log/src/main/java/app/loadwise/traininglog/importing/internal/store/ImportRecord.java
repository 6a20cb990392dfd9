package app.loadwise.traininglog.importing.internal.store;

import app.loadwise.domain.common.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One uploaded file and what became of it: who uploaded it and when, its name and SHA-256 checksum, the format
 * recognised, the row counts of the dry run and the commit, and whether it was undone.
 */
@Entity
@Table(name = "import_record")
public class ImportRecord {

    static final int IGNORED_COLUMNS_LENGTH = 4000;
    static final int DATE_ORDERS_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_record_seq")
    @SequenceGenerator(name = "import_record_seq", sequenceName = "import_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "club_id", nullable = false, updatable = false)
    private Long clubId;

    @Column(name = "athlete_id", updatable = false)
    private Long athleteId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String checksum;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "file_kind", nullable = false, length = 8)
    private String fileKind;

    @Column(name = "file_format", length = 32)
    private String format;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "skip_invalid", nullable = false)
    private boolean skipInvalid;

    @Column(name = "create_athletes", nullable = false)
    private boolean createAthletes;

    @Column(name = "rows_total", nullable = false)
    private long rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(name = "rows_valid", nullable = false)
    private long rowsValid;

    @Column(name = "rows_invalid", nullable = false)
    private long rowsInvalid;

    @Column(name = "rows_ignored", nullable = false)
    private long rowsIgnored;

    @Column(name = "rows_duplicate", nullable = false)
    private long rowsDuplicate;

    @Column(name = "rows_review", nullable = false)
    private long rowsReview;

    @Column(name = "rows_imported", nullable = false)
    private long rowsImported;

    @Column(name = "sessions_removed", nullable = false)
    private long removed;

    @Column(length = 2000)
    private String message;

    /** Columns nothing is read from: one line per sheet, the sheet name and the headers separated by tabs. */
    @Column(name = "ignored_columns", length = IGNORED_COLUMNS_LENGTH)
    private String ignoredColumns;

    /**
     * The order of day and month the check decided for each date column, as the import module writes it; null until
     * a check has read the file (or when it did not fit).
     */
    @Column(name = "date_orders", length = DATE_ORDERS_LENGTH)
    private String dateOrders;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "rows_expected")
    private Long rowsExpected;

    @Column(name = "problem_status")
    private Integer problemStatus;

    @Column(name = "problem_title", length = 100)
    private String problemTitle;

    @Column(name = "problem_where", length = 300)
    private String problemWhere;

    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "committed_at")
    private Instant committedAt;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "upload_deleted_at")
    private Instant uploadDeletedAt;

    @Column(name = "job_requested_at")
    private Instant jobRequestedAt;

    @Version
    private long version;

    protected ImportRecord() {
    }

    public ImportRecord(long clubId, Long athleteId, String fileName, String checksum, long sizeBytes, String fileKind,
                        String uploadedBy, Instant uploadedAt, boolean createAthletes) {
        this.clubId = clubId;
        this.athleteId = athleteId;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.checksum = checksum;
        this.sizeBytes = sizeBytes;
        this.fileKind = fileKind;
        this.uploadedBy = uploadedBy.length() > 200 ? uploadedBy.substring(0, 200) : uploadedBy;
        this.uploadedAt = uploadedAt.truncatedTo(ChronoUnit.MICROS);
        this.createAthletes = createAthletes;
        this.status = ImportStatus.VALIDATING;
        this.jobRequestedAt = this.uploadedAt;
    }

    /** The dry run finished: the format found and what the rows came to. */
    public void validated(String format, ImportCounts counts, Instant at) {
        this.format = format;
        this.status = ImportStatus.VALIDATED;
        this.validatedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.message = null;
        setCounts(counts);
        this.rowsDone = counts.total() + counts.ignored();
    }

    /** Starts writing; only a checked import (or one whose writing failed) can be committed, and only once. */
    public void startCommit(boolean skipInvalidRows) {
        if (status == ImportStatus.COMMITTED || status == ImportStatus.COMMITTING) {
            throw new ConflictException("status", "import " + id + " is already " + status.name().toLowerCase(Locale.ROOT));
        }
        if (status == ImportStatus.UNDONE) {
            throw new ConflictException("status", "import " + id + " was undone; upload the file again to import it anew");
        }
        if (status == ImportStatus.VALIDATING) {
            throw new ConflictException("status", "import " + id + " is still being checked; commit when its status is validated");
        }
        if (status == ImportStatus.REJECTED) {
            throw new ConflictException("status", "import " + id + " was rejected (" + problemTitle + "); fix the file and upload it again");
        }
        if (status == ImportStatus.STOPPED && validatedAt == null) {
            throw new ConflictException("status", "import " + id + " was stopped while it was being checked; resume it first");
        }
        if (rowsInvalid > 0 && !skipInvalidRows) {
            throw new ConflictException("skipInvalid", "import " + id + " has " + rowsInvalid + " invalid row(s); fix the file "
                    + "and upload it again, or commit with skipInvalid=true to import only the valid rows");
        }
        checkUploadKept();
        this.skipInvalid = skipInvalidRows;
        this.status = ImportStatus.COMMITTING;
        // no job runs for the commit until it is started; a finished check's job must not look like it
        this.jobExecutionId = null;
        this.rowsDone = 0;
        this.message = null;
        this.stopRequested = false;
        clearProblem();
        this.rowsDuplicate = 0;
        this.rowsReview = 0;
        this.rowsImported = 0;
    }

    /**
     * Adds what one chunk of a running check or commit came to, with the rows read so far. A commit adds only its
     * outcome (duplicates, review, imported): the row totals stay those of the check.
     */
    public void addChunk(ImportCounts chunk, long rowsRead) {
        if (status == ImportStatus.COMMITTING) {
            this.rowsDuplicate += chunk.duplicates();
            this.rowsReview += chunk.review();
            this.rowsImported += chunk.imported();
        } else {
            setCounts(counts().plus(chunk));
        }
        this.rowsDone = rowsRead;
    }

    /** Starts a check from the first row again: counts are zeroed. */
    public void restartCheck() {
        checkUploadKept();
        this.status = ImportStatus.VALIDATING;
        this.jobExecutionId = null;
        this.message = null;
        this.stopRequested = false;
        clearProblem();
        setCounts(ImportCounts.NONE);
        this.rowsDone = 0;
    }

    /** How many rows the file is expected to hold, known before a large file's check reads them (for progress). */
    public void expectRows(long rows) {
        this.rowsExpected = rows;
    }

    /** The rows a running check expects to read, or null while not known. */
    public Long rowsExpected() {
        return rowsExpected;
    }

    /**
     * Checks that a stop can be asked for: only while a check or commit runs as a batch job. The request itself is
     * written by {@link ImportRecordRepository#requestStop(ImportRecord)}, beside the job's own updates of this record: its
     * batch job sees it at the next chunk on whichever instance runs it.
     */
    public void checkStoppable() {
        if (status != ImportStatus.VALIDATING && status != ImportStatus.COMMITTING) {
            throw new ConflictException("status", "import " + id + " is " + status.name().toLowerCase(Locale.ROOT)
                    + "; only an import being checked or committed can be stopped");
        }
        if (jobExecutionId == null) {
            throw new ConflictException("status", "import " + id + " has no batch job running yet; retry in a moment");
        }
    }

    public boolean stopRequested() {
        return stopRequested;
    }

    /** Its batch job stopped on request: after a check it can be checked again, after a commit committed again or undone. */
    public void stopped() {
        boolean writing = status == ImportStatus.COMMITTING || validatedAt != null;
        this.status = ImportStatus.STOPPED;
        this.stopRequested = false;
        this.message = writing
                ? "stopped while writing; commit again (POST .../resume or .../commit) to write the rest, or undo what was written"
                : "stopped while checking; resume it (POST .../resume) to check the file again from the start";
    }

    /** Whether it was stopped (or failed) after its check had finished, i.e. while writing. */
    public boolean stoppedWhileWriting() {
        return validatedAt != null;
    }

    /**
     * The file cannot be imported after all: a fault found deep inside while it was checked (an unreadable part,
     * a row too wide, too many rows). The problem is kept as the client would have got it for a small file.
     */
    public void rejected(int problemStatus, String title, String detail, String where) {
        this.status = ImportStatus.REJECTED;
        this.stopRequested = false;
        this.problemStatus = problemStatus;
        this.problemTitle = cut(title, 100);
        this.problemWhere = cut(where, 300);
        this.message = cut(detail, 2000);
    }

    /** The failure of a running commit, with the problem the client should see (status, title, where). */
    public void failed(int problemStatus, String title, String detail, String where) {
        failed(detail);
        this.problemStatus = problemStatus;
        this.problemTitle = cut(title, 100);
        this.problemWhere = cut(where, 300);
    }

    public Integer problemStatus() {
        return problemStatus;
    }

    public String problemTitle() {
        return problemTitle;
    }

    public String problemWhere() {
        return problemWhere;
    }

    private void clearProblem() {
        this.problemStatus = null;
        this.problemTitle = null;
        this.problemWhere = null;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The check ran to the end: the format found; counts were added chunk by chunk. */
    public void checked(String format, Instant at) {
        this.format = format;
        this.status = ImportStatus.VALIDATED;
        this.validatedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The commit ran to the end; counts were added chunk by chunk. */
    public void written(Instant at) {
        this.status = ImportStatus.COMMITTED;
        this.committedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The rows a running commit expects to read: the data and ignored rows the check found. */
    public long rowsInFile() {
        return rowsTotal + rowsIgnored;
    }

    /**
     * Notes the columns of a sheet that nothing is read from (the sheet's name, empty for CSV), once per sheet.
     * Kept as one line per sheet, the sheet and the headers separated by tabs; what does not fit is cut with "…".
     */
    public void noteIgnoredColumns(String sheet, List<String> headers) {
        String name = sheet == null ? "" : sheet.replace('\t', ' ').replace('\n', ' ');
        String current = ignoredColumns == null ? "" : ignoredColumns;
        for (String line : current.isEmpty() ? new String[0] : current.split("\n")) {
            if (line.equals(name) || line.startsWith(name + "\t")) {
                return;
            }
        }
        StringBuilder line = new StringBuilder(name);
        for (String header : headers) {
            line.append('\t').append(header.replace('\t', ' ').replace('\n', ' '));
        }
        String all = current.isEmpty() ? line.toString() : current + "\n" + line;
        ignoredColumns = all.length() > IGNORED_COLUMNS_LENGTH ? all.substring(0, IGNORED_COLUMNS_LENGTH - 1) + "…" : all;
    }

    /**
     * Keeps the date orders a check decided, for the commit to read the file with; orders too long to keep are not
     * kept (the commit then decides them again from the file).
     */
    public void noteDateOrders(String orders) {
        this.dateOrders = orders != null && orders.length() <= DATE_ORDERS_LENGTH ? orders : null;
    }

    /** The date orders the check decided, or null when none were kept. */
    public String dateOrders() {
        return dateOrders;
    }

    /** The ignored columns noted, by sheet (empty key for CSV) in file order. */
    public Map<String, List<String>> ignoredColumns() {
        Map<String, List<String>> bySheet = new LinkedHashMap<>();
        if (ignoredColumns != null && !ignoredColumns.isEmpty()) {
            for (String line : ignoredColumns.split("\n")) {
                String[] parts = line.split("\t", -1);
                bySheet.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        }
        return bySheet;
    }

    /** Notes a format found in the file (a workbook's sheets may differ). */
    public void noteFormat(String code) {
        if (format == null) {
            format = code;
        } else if (!Arrays.asList(format.split("\\+")).contains(code) && format.length() + code.length() < 31) {
            format = format + "+" + code;
        }
    }

    public void runningAs(long executionId) {
        this.jobExecutionId = executionId;
    }

    public void committed(ImportCounts counts, Instant at) {
        this.status = ImportStatus.COMMITTED;
        this.committedAt = at.truncatedTo(ChronoUnit.MICROS);
        setCounts(counts);
        this.rowsDone = counts.total() + counts.ignored();
    }

    public void failed(String reason) {
        this.status = ImportStatus.FAILED;
        this.stopRequested = false;
        this.message = reason == null ? "failed" : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    /** Its rows were removed again; {@code note}, when given, says in its message what undo did besides removing rows. */
    public void undone(long removedRows, Instant at, String note) {
        if (status != ImportStatus.COMMITTED && status != ImportStatus.FAILED && status != ImportStatus.STOPPED) {
            throw new ConflictException("status", "only a committed, stopped or failed import can be undone; import " + id + " is "
                    + status.name().toLowerCase(Locale.ROOT));
        }
        this.status = ImportStatus.UNDONE;
        this.removed = removedRows;
        this.undoneAt = at.truncatedTo(ChronoUnit.MICROS);
        if (note != null) {
            this.message = cut(note, 2000);
        }
    }

    /**
     * Says in its message how many values its commit has added so far to wellness entries it did not write (entered in
     * the app or by an earlier import), which undo takes back.
     */
    public void valuesAddedToEarlierEntries(long count) {
        this.message = count + (count == 1 ? " value was" : " values were") + " added to wellness entries already in the log"
                + " (entered in the app or by an earlier import) that lacked them; undo takes them back";
    }

    private void setCounts(ImportCounts counts) {
        this.rowsTotal = counts.total();
        this.rowsValid = counts.valid();
        this.rowsInvalid = counts.invalid();
        this.rowsIgnored = counts.ignored();
        this.rowsDuplicate = counts.duplicates();
        this.rowsReview = counts.review();
        this.rowsImported = counts.imported();
    }

    public ImportCounts counts() {
        return new ImportCounts(rowsTotal, rowsValid, rowsInvalid, rowsIgnored, rowsDuplicate, rowsReview, rowsImported);
    }

    public Long id() {
        return id;
    }

    public long clubId() {
        return clubId;
    }

    public Long athleteId() {
        return athleteId;
    }

    public String fileName() {
        return fileName;
    }

    public String checksum() {
        return checksum;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String fileKind() {
        return fileKind;
    }

    public String format() {
        return format;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public ImportStatus status() {
        return status;
    }

    public boolean skipInvalid() {
        return skipInvalid;
    }

    public boolean createAthletes() {
        return createAthletes;
    }

    public long rowsDone() {
        return rowsDone;
    }

    public long removed() {
        return removed;
    }

    public String message() {
        return message;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
    }

    public Instant validatedAt() {
        return validatedAt;
    }

    public Instant committedAt() {
        return committedAt;
    }

    public Instant undoneAt() {
        return undoneAt;
    }

    /** Refuses (409) when the retention job deleted the kept upload: it must be uploaded again. */
    public void checkUploadKept() {
        if (uploadDeletedAt != null) {
            throw new ConflictException("importId", "the uploaded file of import " + id + " was deleted on "
                    + uploadDeletedAt.atOffset(ZoneOffset.UTC).toLocalDate() + ", as uploads are once kept long enough;"
                    + " upload the file again to check and commit it");
        }
    }

    /** A check or commit job is asked for now (its start follows the transaction that records this). */
    public void jobRequested(Instant at) {
        this.jobRequestedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public Instant jobRequestedAt() {
        return jobRequestedAt;
    }

    /**
     * Being checked or committed, yet no job recorded itself in the {@code grace} after it was asked for: the server
     * stopped between recording the request and starting the job, so nothing will ever run for it.
     */
    public boolean jobNeverStarted(Instant now, Duration grace) {
        return (status == ImportStatus.VALIDATING || status == ImportStatus.COMMITTING) && jobExecutionId == null
                && jobRequestedAt != null && jobRequestedAt.isBefore(now.minus(grace));
    }

    /** When the retention job deleted the kept upload; null while it is kept. */
    public Instant uploadDeletedAt() {
        return uploadDeletedAt;
    }

    public long version() {
        return version;
    }
}
