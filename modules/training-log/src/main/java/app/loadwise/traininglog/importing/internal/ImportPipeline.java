package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.club.Club;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.traininglog.importing.internal.store.ColumnMapping;
import app.loadwise.traininglog.importing.internal.store.ColumnMappingRepository;
import app.loadwise.traininglog.importing.internal.store.ImportRecord;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportStatus;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The one way rows go from a kept upload to the log, for small files and large ones alike: an
 * {@link ImportRowSource} reads them (parsed and validated ahead on a second thread) and an {@link ImportChunkWriter}
 * checks or writes them chunk by chunk. The batch job's reader and writer are these two; a small file is run through
 * them at once, in the caller's transaction ({@link #runInProcess}).
 */
@ApplicationScoped
public class ImportPipeline {

    private static final Logger LOG = Logger.getLogger(ImportPipeline.class.getName());

    private ClubRepository clubs;
    private AthleteRepository athletes;
    private ImportRecordRepository records;
    private ImportedLogRepository log;
    private ColumnMappingRepository mappings;
    private ImportSettings settings;
    private Clock clock;

    /** The container's threads for reading rows ahead; null outside it. */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    protected ImportPipeline() {
    }

    @Inject
    public ImportPipeline(ClubRepository clubs, AthleteRepository athletes, ImportRecordRepository records, ImportedLogRepository log,
                          ColumnMappingRepository mappings, ImportSettings settings, Clock clock) {
        this.clubs = clubs;
        this.athletes = athletes;
        this.records = records;
        this.log = log;
        this.mappings = mappings;
        this.settings = settings;
        this.clock = clock;
    }

    public ImportSettings settings() {
        return settings;
    }

    /** What a pass over a file came to: the run (counts, preview, warnings, notes, groups) and the file's format. */
    public record Pass(ImportRun run, String format) {
    }

    /**
     * Checks or writes a whole file at once, in the caller's transaction, through the batch job's reader and writer:
     * chunk by chunk, the rows parsed and validated on a second thread while the chunk before is matched and written.
     */
    public Pass runInProcess(ImportRecord record, Path file, ImportRun.Mode mode, boolean skipInvalid) {
        return runInProcess(record, open(record, file, 0), mode, skipInvalid);
    }

    /**
     * As {@link #runInProcess(ImportRecord, Path, ImportRun.Mode, boolean)} for rows built in memory (a bulk call's
     * items: the header row first), read by the same reader and writer as a file's.
     */
    public Pass runInProcess(ImportRecord record, List<RawRow> rows, ImportRun.Mode mode, boolean skipInvalid) {
        Club club = clubs.get(record.clubId());
        Athlete athlete = record.athleteId() == null ? null : athletes.get(record.athleteId());
        UploadScanner scanner = new UploadScanner(rows, new FormatDetector(savedMappings(club.id())), scannerSettings(club, athlete));
        return runInProcess(record, new ImportRowSource(scanner, rowsAhead(scanner, 0), 0), mode, skipInvalid);
    }

    private Pass runInProcess(ImportRecord record, ImportRowSource source, ImportRun.Mode mode, boolean skipInvalid) {
        ImportChunkWriter writer = writer(record, mode, skipInvalid);
        try (ImportRowSource rows = source) {
            List<UploadScanner.Scanned> chunk = new ArrayList<>(settings.chunkRows());
            UploadScanner.Scanned row;
            while ((row = rows.next()) != null) {
                chunk.add(row);
                if (chunk.size() == settings.chunkRows()) {
                    writer.write(chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                writer.write(chunk);
            }
            writer.endOfRows(rows.sheetsNotRead(), rows.dateOrders());
            return new Pass(writer.run(), format(rows.layouts()));
        }
    }

    /** Opens an import's kept upload for reading, after {@code skipRows} rows (a restart). */
    public ImportRowSource open(ImportRecord record, Path file, long skipRows) {
        Club club = clubs.get(record.clubId());
        Athlete athlete = record.athleteId() == null ? null : athletes.get(record.athleteId());
        UploadScanner scanner = scanner(file, club, athlete);
        if (record.status() == ImportStatus.COMMITTING && record.dateOrders() != null) {
            // the check decided each date column's order from this file: no pass of the commit's own
            scanner.withDateOrders(DateOrders.decode(record.dateOrders()));
        }
        return new ImportRowSource(scanner, rowsAhead(scanner, skipRows), skipRows);
    }

    /** The writer of an import's chunks: checks them (a dry run) or writes them. */
    public ImportChunkWriter writer(ImportRecord record, ImportRun.Mode mode, boolean skipInvalid) {
        return new ImportChunkWriter(newRun(record, mode, skipInvalid), records, record.id());
    }

    public ImportRun newRun(ImportRecord record, ImportRun.Mode mode, boolean skipInvalid) {
        return new ImportRun(new ImportRun.Context(record.id(), record.clubId(), record.athleteId(), record.createAthletes(), mode,
                skipInvalid, clubs.get(record.clubId()).timeZone()), athletes, log, records, records.countErrors(record.id()));
    }

    /** Starts reading an opened upload ahead on a thread of its own, two chunks deep; it closes the scanner. */
    public RowsAhead rowsAhead(UploadScanner scanner, long skipRows) {
        return new RowsAhead(scanner, skipRows, 2 * settings.chunkRows(), threads != null ? threads : RowsAhead.plainThreads());
    }

    /** Opens an upload with the club's conventions, limits and saved mappings. */
    public UploadScanner scanner(Path file, Club club, Athlete athlete) {
        return new UploadScanner(file, new FormatDetector(savedMappings(club.id())), scannerSettings(club, athlete));
    }

    private UploadScanner.Settings scannerSettings(Club club, Athlete athlete) {
        ZoneId zone = athlete == null ? club.timeZone() : athlete.zoneOr(club.timeZone());
        return new UploadScanner.Settings(club.locale(), zone, athlete != null, settings.maxColumns(), settings.maxRows(),
                LocalDate.now(clock.withZone(club.timeZone())));
    }

    /** A quick look at the top of a file, so an unreadable one is refused at once. */
    public void precheck(Path file, Club club, Athlete athlete) {
        try (UploadScanner scanner = scanner(file, club, athlete).withoutDateOrderPass()) {
            scanner.next();
        }
    }

    /** The rows a stored upload is expected to hold, for progress while it is checked; 0 when not known. */
    public long expectedRows(Path file) {
        return Math.max(0, RowEstimate.of(file, settings.maxRows() + 1));
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
        if (!Files.isReadable(file)) {
            records.get(importId).checkUploadKept();
            LOG.warning(() -> "The uploaded file of import " + importId + " is not in " + settings.directory() + " on this instance");
            throw new ConflictException("importId", "the uploaded file of import " + importId + " is not in the import directory"
                    + " of this instance; in a cluster LOADWISE_IMPORT_DIR must be storage shared by all instances");
        }
        return file;
    }

    /** The formats of the sheets read, in file order: "mapped", "garmin-activities+wellness-form". */
    public static String format(List<SheetLayout> layouts) {
        return layouts.stream().map(l -> l.format().code()).distinct().reduce((a, b) -> a + "+" + b).orElse(null);
    }

    private List<FormatDetector.SavedMapping> savedMappings(long clubId) {
        List<FormatDetector.SavedMapping> saved = new ArrayList<>();
        for (ColumnMapping mapping : mappings.ofClub(clubId)) {
            Map<String, ImportField> fields = new LinkedHashMap<>();
            mapping.headerToField().forEach((header, code) -> {
                ImportField field = ImportField.fromCode(code);
                if (field != null) {
                    fields.put(header, field);
                }
            });
            Map<String, HeaderScale.Direction> highIs = new LinkedHashMap<>();
            mapping.highIs().forEach((header, high) -> highIs.put(header, HeaderScale.Direction.answered(high)));
            highIs.values().removeIf(Objects::isNull);
            saved.add(new FormatDetector.SavedMapping(mapping.name(), mapping.signature(), fields, highIs));
        }
        return saved;
    }
}
