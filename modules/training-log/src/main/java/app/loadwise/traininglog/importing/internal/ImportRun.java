package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.RowProblem;
import app.loadwise.traininglog.importing.internal.store.ImportCounts;
import app.loadwise.traininglog.importing.internal.store.ImportRecordRepository;
import app.loadwise.traininglog.importing.internal.store.ImportRowError;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.ImportedSession;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.ImportedWellness;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.SessionFingerprint;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.WellnessFingerprint;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository;
import app.loadwise.traininglog.importing.internal.store.ReviewItem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks or writes the rows of one import, chunk by chunk: resolves athletes, matches duplicates against the log
 * (and against earlier rows of the same file), and in a commit writes new rows in JDBC batches, holds near
 * matches for review and keeps the row errors. Plain Java over the domain repositories, so the synchronous path
 * and the batch job share it.
 */
public final class ImportRun {

    /** Whether rows are only checked (a dry run) or written. */
    public enum Mode { DRY_RUN, COMMIT }

    /** At most this many row errors are kept per import; the count covers all. */
    public static final int MAX_STORED_ERRORS = 10_000;
    public static final int PREVIEW_ROWS = 20;
    public static final int MAX_WARNINGS = 200;
    /** Rows remembered across chunks for duplicates inside one file during a dry run. */
    static final int MAX_REMEMBERED_ROWS = 200_000;

    /** Who and what the run is for; {@code zone} is the club's, for the dates messages give. */
    public record Context(long importId, long clubId, Long athleteId, boolean createAthletes, Mode mode, boolean skipInvalid,
                          ZoneId zone) {
    }

    private final Context context;
    private final AthleteRepository athletes;
    private final ImportedLogRepository log;
    private final ImportRecordRepository records;
    private final Map<String, Long> athleteByMember = new HashMap<>();
    /** The club's roster by name, read once when a row first names an athlete. */
    private AthleteNames roster;
    /** Sessions of earlier chunks of a dry run, by athlete and date. */
    private final Map<AthleteDay, List<SessionFingerprint>> rememberedSessions = new HashMap<>();
    /** The wellness days of this file so far, by athlete and date: one entry per day, later rows merged into it. */
    private final Map<AthleteDay, DayEntry> days = new HashMap<>();
    /** The wellness entries already in the log that rows of this file add values to, by athlete and date. */
    private final Map<AthleteDay, AddedDay> addedToLog = new HashMap<>();
    /** Whether the last chunk of a commit added values to wellness entries already in the log. */
    private boolean chunkAddedToLog;
    private int remembered;
    private long storedErrors;
    private final List<ImportView.PreviewRow> preview = new ArrayList<>();
    private final List<ImportView.RowWarning> warnings = new ArrayList<>();
    private final List<ImportView.RowWarning> notes = new ArrayList<>();
    /** Every error, warning and note of the run, grouped by kind and column. */
    private final MessageGroups groups = new MessageGroups();
    /** The sheets seen so far (by their layout) and the columns of each that nothing is read from. */
    private final IdentityHashMap<SheetLayout, Boolean> sheetsSeen = new IdentityHashMap<>();
    /** How many of each sheet's header notes were said, by sheet and header row. */
    private final Map<String, Integer> notesSaid = new HashMap<>();
    private final List<ImportView.IgnoredColumns> ignoredColumns = new ArrayList<>();
    private ImportCounts counts = ImportCounts.NONE;
    /** Where wellness entries already in the log came from, in the files' words, by entry id (looked up once each). */
    private final Map<Long, String> entryOrigins = new HashMap<>();
    /** Rows up to these were written or held by an earlier attempt of this commit; -1 until looked up. */
    private int lastWritten = -1;
    private int lastHeld = -1;

    public ImportRun(Context context, AthleteRepository athletes, ImportedLogRepository log, ImportRecordRepository records,
                     long errorsAlreadyStored) {
        this.context = context;
        this.athletes = athletes;
        this.log = log;
        this.records = records;
        this.storedErrors = errorsAlreadyStored;
    }

    public ImportCounts counts() {
        return counts;
    }

    /** Whether the chunk just written added values to wellness entries already in the log (entered in the app or imported before). */
    public boolean chunkAddedToEarlierEntries() {
        return chunkAddedToLog;
    }

    /** How many values this import has added to wellness entries already in the log, over every chunk and attempt. */
    public long valuesAddedToEarlierEntries() {
        return log.valuesAddedToEarlierEntries(context.importId());
    }

    /** Whether the run checks the rows or writes them. */
    public Mode mode() {
        return context.mode();
    }

    public List<ImportView.PreviewRow> preview() {
        return List.copyOf(preview);
    }

    public List<ImportView.RowWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** The first notes: formulas whose saved value was read, totals rows skipped, text kept that looks like a formula. */
    public List<ImportView.RowWarning> notes() {
        return List.copyOf(notes);
    }

    /** The run's errors, warnings and notes, each kind in each column said once with its rows. */
    public List<ImportView.MessageGroup> groups() {
        return groups.groups();
    }

    private void warn(String sheet, int row, String message) {
        groups.warning(sheet, row, message);
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new ImportView.RowWarning(sheet, row, message));
        }
    }

    /** Warns of each sheet passed over for want of a header row, on its first row. */
    public void sheetsNotRead(List<String> sheets) {
        for (String sheet : sheets) {
            warn(sheet, 1, UploadScanner.notReadMessage(sheet));
        }
    }

    /** The columns of each sheet read so far that nothing is read from; sheets whose every column is used are left out. */
    public List<ImportView.IgnoredColumns> ignoredColumns() {
        return List.copyOf(ignoredColumns);
    }

    /**
     * The first row of a sheet: says the notes on its header row and lists the columns nothing will be read from, as a
     * field and as a warning. A sheet's layout gains notes on its date columns when a row first needs their order:
     * those are said then, on the header row too.
     */
    private void noteSheet(UploadScanner.Scanned scanned) {
        SheetLayout layout = scanned.layout();
        if (sheetsSeen.put(layout, Boolean.TRUE) != null) {
            return;
        }
        Integer said = notesSaid.put(scanned.sheet() + "\n" + layout.headerRow(), layout.notes().size());
        for (String note : layout.notes().subList(said == null ? 0 : said, layout.notes().size())) {
            warn(scanned.sheet(), layout.headerRow(), note);
        }
        if (said != null) {
            return;
        }
        List<String> ignored = scanned.layout().ignoredHeaders();
        if (ignored.isEmpty()) {
            return;
        }
        ignoredColumns.add(new ImportView.IgnoredColumns(scanned.sheet(), ignored));
        List<String> named = new ArrayList<>();
        for (int column : scanned.layout().ignoredColumns()) {
            named.add(RowProblem.columnText(RowProblem.columnRef(scanned.sheet(), column), scanned.layout().headers().get(column)));
        }
        warn(scanned.sheet(), scanned.layout().headerRow(), "ignored columns: "
                + String.join(", ", named) + ". Nothing is read from them; rename a header to one Loadwise knows "
                + "(see the column aliases) or save a mapping that names its field, if it should be imported");
    }

    /** A valid row and the athlete it belongs to (null: a member the commit will enrol). */
    private record Valid(UploadScanner.Scanned scanned, Long athleteId, String memberId, String name) {
        int row() {
            return scanned.outcome().row();
        }
    }

    /** Processes one chunk of rows in file order; returns what the chunk came to. */
    public ImportCounts process(List<UploadScanner.Scanned> chunk) {
        long ignored = 0;
        long invalid = 0;
        List<ImportRowError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        for (UploadScanner.Scanned scanned : chunk) {
            noteSheet(scanned);
            for (String note : scanned.notes()) {
                groups.note(scanned.sheet(), scanned.outcome().row(), note);
                if (notes.size() < MAX_WARNINGS) {
                    notes.add(new ImportView.RowWarning(scanned.sheet(), scanned.outcome().row(), note));
                }
            }
            RowOutcome outcome = scanned.outcome();
            if (outcome instanceof RowOutcome.Ignored) {
                ignored++;
            } else if (outcome instanceof RowOutcome.Invalid bad) {
                invalid++;
                keep(errors, bad.problems());
            } else {
                RowOutcome.AthleteRef ref = outcome instanceof RowOutcome.Session s ? s.athlete() : ((RowOutcome.Wellness) outcome).athlete();
                Object resolved = resolve(scanned, ref);
                if (resolved instanceof RowProblem problem) {
                    invalid++;
                    keep(errors, List.of(problem));
                } else {
                    valid.add(new Valid(scanned, (Long) resolved, ref == null ? null : ref.memberId(), ref == null ? null : ref.name()));
                }
            }
        }
        if (invalid > 0 && context.mode() == Mode.COMMIT && !context.skipInvalid()) {
            throw new ImportFileException(422, invalid + " row(s) are no longer valid (the log or the athletes changed since the "
                    + "check); nothing was imported. Check the file again or commit with skipInvalid=true.",
                    errors.stream().limit(50).map(e -> new RowProblem(e.sheet(), e.row(), e.column(), e.value(), e.problem(), e.fix(),
                            e.columnRef())).toList());
        }
        if (context.mode() == Mode.COMMIT) {
            enrolNewMembers(valid);
        }
        ImportCounts matched = match(valid, errors);
        if (!errors.isEmpty()) {
            records.addErrors(errors);
        }
        ImportCounts chunkCounts = new ImportCounts(valid.size() + invalid, valid.size() - matched.invalid(),
                invalid + matched.invalid(), ignored, matched.duplicates(), matched.review(), matched.imported());
        counts = counts.plus(chunkCounts);
        return chunkCounts;
    }

    private void keep(List<ImportRowError> errors, List<RowProblem> problems) {
        for (RowProblem p : problems) {
            groups.error(p);
            if (storedErrors < MAX_STORED_ERRORS) {
                errors.add(new ImportRowError(context.importId(), p.sheet(), p.row(), p.column(), p.value(), p.problem(), p.fix(),
                        p.columnRef()));
                storedErrors++;
            }
        }
    }

    /** The athlete id, null for a member the commit will enrol, or the problem. */
    private Object resolve(UploadScanner.Scanned scanned, RowOutcome.AthleteRef ref) {
        if (ref == null) {
            return context.athleteId();
        }
        SheetLayout layout = scanned.layout();
        if (ref.memberId() != null) {
            Long id = athleteByMember.computeIfAbsent(ref.memberId(),
                    member -> athletes.findByMemberId(context.clubId(), member).map(Athlete::id).orElse(-1L));
            if (id > 0) {
                return id;
            }
            if (context.createAthletes()) {
                return null;
            }
            return new RowProblem(scanned.sheet(), scanned.outcome().row(), layout.header(ImportField.MEMBER_ID), ref.memberId(),
                    "no athlete with member id '" + ref.memberId() + "' in this club",
                    "enrol the athlete first, correct the member id, or upload with createAthletes=true",
                    layout.columnRef(ImportField.MEMBER_ID, scanned.sheet()));
        }
        if (roster == null) {
            List<AthleteNames.Named> named = new ArrayList<>();
            for (Object[] athlete : log.roster(context.clubId())) {
                named.add(new AthleteNames.Named(((Number) athlete[0]).longValue(), (String) athlete[1]));
            }
            roster = new AthleteNames(named);
        }
        List<AthleteNames.Named> named = roster.named(ref.name());
        if (named.size() == 1) {
            return named.get(0).id();
        }
        String column = layout.header(ImportField.ATHLETE_NAME);
        String columnRef = layout.columnRef(ImportField.ATHLETE_NAME, scanned.sheet());
        if (named.isEmpty()) {
            List<String> closest = roster.closest(ref.name());
            String didYouMean = closest.isEmpty() ? "" : "; did you mean " + String.join(" or ", closest.stream().map(n -> "'" + n + "'").toList()) + "?";
            return new RowProblem(scanned.sheet(), scanned.outcome().row(), column, ref.name(), "no athlete called '" + ref.name()
                    + "' in this club" + didYouMean, (closest.isEmpty() ? "" : "correct the name as enrolled, or ")
                    + "enrol the athlete first, or add a Member ID column", columnRef);
        }
        return new RowProblem(scanned.sheet(), scanned.outcome().row(), column, ref.name(), named.size() + " athletes are called '"
                + named.get(0).name() + "'", "add a Member ID column to tell them apart", columnRef);
    }

    private void enrolNewMembers(List<Valid> valid) {
        for (int i = 0; i < valid.size(); i++) {
            Valid v = valid.get(i);
            if (v.athleteId() == null) {
                Long id = athleteByMember.get(v.memberId());
                if (id == null || id < 0) {
                    Athlete athlete = athletes.store(new Athlete(context.clubId(), v.memberId(), new AthleteProfile(
                            v.name() != null ? v.name() : v.memberId(), null, null, ExperienceLevel.INTERMEDIATE, null, null, null)));
                    id = athlete.id();
                    athleteByMember.put(v.memberId(), id);
                }
                valid.set(i, new Valid(v.scanned(), id, v.memberId(), v.name()));
            }
        }
    }

    /** Sorts the valid rows into new, exact duplicates and near matches; in a commit writes and holds them. */
    private ImportCounts match(List<Valid> valid, List<ImportRowError> errors) {
        Chunk chunk = new Chunk();
        chunk.window = Window.of(valid);
        readLog(chunk);
        if (context.mode() == Mode.COMMIT && !valid.isEmpty()) {
            readHandledBefore(valid, chunk);
        }
        for (Valid v : valid) {
            if (handledBefore(v, chunk)) {
                continue;
            }
            Matched matched = v.scanned().outcome() instanceof RowOutcome.Session s ? matchSession(v, s, chunk)
                    : matchWellness(v, (RowOutcome.Wellness) v.scanned().outcome(), chunk);
            if (matched == null) {
                continue;
            }
            chunk.count(matched.kind());
            note(v, matched.kind(), matched.warnings());
        }
        keepConflicts(chunk, errors);
        if (context.mode() == Mode.COMMIT) {
            write(chunk.newSessions, chunk.newWellness, chunk.reviews);
            for (ImportedWellness update : chunk.updates) {
                log.updateImportedWellness(context.importId(), update.athleteId(), update.details());
            }
            chunkAddedToLog = !chunk.additions.isEmpty() && log.addToEarlierEntries(context.importId(), chunk.additions) > 0;
        }
        return new ImportCounts(0, 0, chunk.invalid, 0, chunk.duplicates, chunk.review,
                context.mode() == Mode.COMMIT ? chunk.imported : 0);
    }

    /** What one chunk's rows came to while they are matched: the rows to write, hold and update, and the counts. */
    private static final class Chunk {
        Window window;
        final Map<AthleteDay, List<SessionFingerprint>> sessionsByDay = new HashMap<>();
        final Map<AthleteDay, WellnessFingerprint> wellnessByDay = new HashMap<>();
        Set<Integer> sessionRowsWritten = Set.of();
        Set<Integer> wellnessRowsWritten = Set.of();
        final Set<String> alreadyHeld = new HashSet<>();
        final List<ImportedSession> newSessions = new ArrayList<>();
        final List<ImportedWellness> newWellness = new ArrayList<>();
        final List<PendingReview> reviews = new ArrayList<>();
        /** The wellness days queued in this chunk, by athlete and day: their index in {@link #newWellness}. */
        final Map<AthleteDay, Integer> pendingWellness = new HashMap<>();
        final List<ImportedWellness> updates = new ArrayList<>();
        /** Values added to wellness entries already in the log, which lacked them. */
        final List<ImportedLogRepository.AddedValue> additions = new ArrayList<>();
        final List<RowProblem> conflicts = new ArrayList<>();
        long invalid;
        long duplicates;
        long review;
        long imported;
        /** Ids, counted down from -1, of the sessions queued in this chunk (found again by their place in the queue). */
        long pendingId = -1;

        void count(DuplicateMatcher.Kind kind) {
            switch (kind) {
                case EXACT -> duplicates++;
                case NEAR -> review++;
                default -> imported++;
            }
        }

        void conflict(List<RowProblem> problems) {
            invalid++;
            conflicts.addAll(problems);
        }
    }

    /** How a row matched, and the warnings it carries; null for a row in conflict. */
    private record Matched(DuplicateMatcher.Kind kind, List<String> warnings) {
    }

    /** The athletes and dates a chunk's rows span, and which kinds of record they hold. */
    private record Window(Set<Long> athleteIds, LocalDate from, LocalDate to, boolean anySession, boolean anyWellness) {

        static Window of(List<Valid> valid) {
            Set<Long> athleteIds = new HashSet<>();
            LocalDate from = null;
            LocalDate to = null;
            boolean anySession = false;
            boolean anyWellness = false;
            for (Valid v : valid) {
                if (v.athleteId() == null) {
                    continue;
                }
                LocalDate date = date(v);
                athleteIds.add(v.athleteId());
                from = from == null || date.isBefore(from) ? date : from;
                to = to == null || date.isAfter(to) ? date : to;
                anySession |= v.scanned().outcome() instanceof RowOutcome.Session;
                anyWellness |= v.scanned().outcome() instanceof RowOutcome.Wellness
                        || (v.scanned().outcome() instanceof RowOutcome.Session s && s.wellness() != null);
            }
            return new Window(athleteIds, from, to, anySession, anyWellness);
        }
    }

    /** The sessions and wellness entries already in the log for the chunk's athletes and dates, by athlete and day. */
    private void readLog(Chunk chunk) {
        Window w = chunk.window;
        if (w.anySession()) {
            for (SessionFingerprint f : log.sessionFingerprints(w.athleteIds(), w.from(), w.to())) {
                chunk.sessionsByDay.computeIfAbsent(new AthleteDay(f.athleteId(), f.date()), d -> new ArrayList<>(2)).add(f);
            }
        }
        if (w.anyWellness()) {
            for (WellnessFingerprint f : log.wellnessFingerprints(w.athleteIds(), w.from(), w.to())) {
                chunk.wellnessByDay.put(new AthleteDay(f.athleteId(), f.details().date()), f);
            }
        }
    }

    /** In a commit started again: the rows of this chunk an earlier attempt already wrote or held for review. */
    private void readHandledBefore(List<Valid> valid, Chunk chunk) {
        if (lastWritten < 0) {
            // once per run: after a restart, rows up to these were handled by the attempt before
            lastWritten = log.lastRowWritten(context.importId());
            lastHeld = records.lastReviewedRow(context.importId());
        }
        int first = valid.stream().mapToInt(Valid::row).min().orElse(0);
        int last = valid.stream().mapToInt(Valid::row).max().orElse(0);
        if (first <= lastWritten) {
            chunk.sessionRowsWritten = log.sessionRowsWritten(context.importId(), first, last);
            chunk.wellnessRowsWritten = log.wellnessRowsWritten(context.importId(), first, last);
        }
        if (first <= lastHeld) {
            for (String sheet : valid.stream().map(v -> v.scanned().sheet()).distinct().toList()) {
                for (Integer row : records.reviewedRows(context.importId(), sheet, first, last)) {
                    chunk.alreadyHeld.add(sheet + "|" + row);
                }
            }
        }
    }

    /** Whether an earlier attempt of this commit wrote or held the row; counted as it was then. */
    private static boolean handledBefore(Valid v, Chunk chunk) {
        boolean session = v.scanned().outcome() instanceof RowOutcome.Session;
        if ((session ? chunk.sessionRowsWritten : chunk.wellnessRowsWritten).contains(v.row())) {
            chunk.imported++;
            return true;
        }
        if (!chunk.alreadyHeld.isEmpty() && chunk.alreadyHeld.contains(v.scanned().sheet() + "|" + v.row())) {
            chunk.review++;
            return true;
        }
        return false;
    }

    /**
     * A session row: its wellness columns first (a conflict there makes the row invalid), then the session against
     * the athlete's sessions of the day in the log, this chunk and, in a dry run, earlier chunks.
     */
    private Matched matchSession(Valid v, RowOutcome.Session s, Chunk chunk) {
        List<String> rowWarnings = s.warnings();
        if (s.wellness() != null && v.athleteId() != null) {
            List<String> dayWarnings = new ArrayList<>();
            List<RowProblem> problems = dayOfSessionRow(v, s.wellness(), chunk, dayWarnings);
            if (!problems.isEmpty()) {
                chunk.conflict(problems);
                return null;
            }
            if (!dayWarnings.isEmpty()) {
                rowWarnings = new ArrayList<>(rowWarnings);
                rowWarnings.addAll(dayWarnings);
            }
        }
        AthleteDay day = AthleteDay.of(v, s.details().date());
        List<SessionFingerprint> sameDay = v.athleteId() == null ? List.of()
                : chunk.sessionsByDay.computeIfAbsent(day, d -> new ArrayList<>(2));
        DuplicateMatcher.Match match = DuplicateMatcher.session(s.details(), sameDay);
        if (match.kind() == DuplicateMatcher.Kind.NEW && context.mode() == Mode.DRY_RUN && v.athleteId() != null) {
            match = DuplicateMatcher.session(s.details(), rememberedSessions.getOrDefault(day, List.of()));
        }
        if (match.kind() == DuplicateMatcher.Kind.NEW && v.athleteId() != null) {
            SessionFingerprint print = fingerprint(chunk.pendingId--, v.athleteId(), s.details());
            sameDay.add(print);
            if (context.mode() == Mode.DRY_RUN && remembered < MAX_REMEMBERED_ROWS) {
                rememberedSessions.computeIfAbsent(day, d -> new ArrayList<>(2)).add(print);
                remembered++;
            }
            chunk.newSessions.add(new ImportedSession(v.athleteId(), s.details(), context.importId(), v.row()));
        } else if (match.kind() == DuplicateMatcher.Kind.NEAR) {
            chunk.reviews.add(new PendingReview(v, match, ReviewPayload.of(s.details()), s.details().date()));
        }
        return new Matched(match.kind(), rowWarnings);
    }

    /**
     * A wellness row: merged into the day the file named before (one entry per athlete and day), else matched
     * against the day's entry in the log.
     */
    private Matched matchWellness(Valid v, RowOutcome.Wellness w, Chunk chunk) {
        AthleteDay key = AthleteDay.of(v, w.details().date());
        DayEntry day = v.athleteId() == null ? null : days.get(key);
        if (day == null && v.athleteId() != null && chunk.pendingWellness.containsKey(key)) {
            // a day of this chunk not remembered (the file's memory is full): merge into the queued entry
            ImportedWellness first = chunk.newWellness.get(chunk.pendingWellness.get(key));
            day = new DayEntry(first.details(), "row " + first.row(), first.row());
        }
        if (day != null) {
            // the file named this day before: one entry, this row's values added to it
            List<RowProblem> problems = new ArrayList<>();
            boolean added = mergeInto(day, v, w.details(), problems, chunk.pendingWellness, chunk.newWellness, chunk.updates, key);
            if (!problems.isEmpty()) {
                chunk.conflict(problems);
                return null;
            }
            return new Matched(added ? DuplicateMatcher.Kind.NEW : DuplicateMatcher.Kind.EXACT, w.warnings());
        }
        WellnessFingerprint existing = chunk.wellnessByDay.get(key);
        DuplicateMatcher.Match match = DuplicateMatcher.wellness(w.details(), existing == null ? null : existing.id(),
                existing == null ? null : existing.details());
        if (match.kind() == DuplicateMatcher.Kind.NEAR && holds(existing.details(), w.details())) {
            // every value of the row is in the entry already (merged from several rows of the same file before)
            match = new DuplicateMatcher.Match(DuplicateMatcher.Kind.EXACT, existing.id(), null);
        }
        if (match.kind() == DuplicateMatcher.Kind.NEW && v.athleteId() != null) {
            addDay(key, v, w.details(), chunk.pendingWellness, chunk.newWellness);
        } else if (match.kind() == DuplicateMatcher.Kind.NEAR) {
            chunk.reviews.add(new PendingReview(v, match, ReviewPayload.of(w.details()), w.details().date()));
        }
        return new Matched(match.kind(), w.warnings());
    }

    /**
     * The chunk's values in conflict with the day's entry (in the file or the log) become row errors; in a commit that
     * writes all or nothing they stop it.
     */
    private void keepConflicts(Chunk chunk, List<ImportRowError> errors) {
        if (chunk.conflicts.isEmpty()) {
            return;
        }
        if (context.mode() == Mode.COMMIT && !context.skipInvalid()) {
            throw new ImportFileException(422, chunk.invalid + " row(s) are no longer valid (the log or the athletes changed since "
                    + "the check); nothing was imported. Check the file again or commit with skipInvalid=true.",
                    chunk.conflicts.stream().limit(50).toList());
        }
        List<ImportRowError> kept = new ArrayList<>();
        keep(kept, chunk.conflicts);
        errors.addAll(kept);
    }

    /** The wellness day of this file: its values so far and where each came from ("Sessions row 4"). */
    private static final class DayEntry {
        WellnessDetails details;
        final String[] origins = new String[DAY_FIELDS.size()];
        final int row;

        DayEntry(WellnessDetails details, String origin, int row) {
            this.details = details;
            this.row = row;
            for (int i = 0; i < origins.length; i++) {
                origins[i] = DAY_FIELDS.get(i).value().apply(details) == null ? null : origin;
            }
        }
    }

    /** A value of a wellness day, the column it is read from, and its words in a message. */
    private record DayField(ImportField field, String words, Function<WellnessDetails, Object> value, String column) {
    }

    private static final List<DayField> DAY_FIELDS = List.of(
            new DayField(ImportField.SLEEP_HOURS, "sleep", WellnessDetails::sleepHours, "sleep_hours"),
            new DayField(ImportField.SLEEP_QUALITY, "sleep quality", WellnessDetails::sleepQuality, "sleep_quality"),
            new DayField(ImportField.RESTING_HR, "resting HR", WellnessDetails::restingHr, "resting_hr"),
            new DayField(ImportField.HRV, "HRV", WellnessDetails::hrvMs, "hrv_ms"),
            new DayField(ImportField.FATIGUE, "fatigue", WellnessDetails::fatigue, "fatigue"),
            new DayField(ImportField.STRESS, "stress", WellnessDetails::stress, "stress"),
            new DayField(ImportField.MOOD, "mood", WellnessDetails::mood, "mood"),
            new DayField(ImportField.SORENESS, "soreness", WellnessDetails::soreness, "soreness"),
            new DayField(ImportField.PAIN_NOTE, "pain note", WellnessDetails::painNote, "pain_note"));

    /** A wellness value's words in a message ("resting HR") by its column in the log ("resting_hr"). */
    public static String wellnessWords(String column) {
        return DAY_FIELDS.stream().filter(f -> f.column().equals(column)).map(DayField::words).findFirst().orElse(column);
    }

    /** Values of this file added to a wellness entry already in the log, which lacked them, and the rows they came from. */
    private static final class AddedDay {
        final long entryId;
        final Object[] values = new Object[DAY_FIELDS.size()];
        final String[] origins = new String[DAY_FIELDS.size()];

        AddedDay(long entryId) {
            this.entryId = entryId;
        }
    }

    private static String where(Valid v) {
        return (v.scanned().sheet() != null ? v.scanned().sheet() + " " : "") + "row " + v.row();
    }

    /** The place of the column {@link #header(Valid, ImportField)} names. */
    private static String ref(Valid v, ImportField field) {
        return v.scanned().layout().columnRef(column(v.scanned().layout(), field), v.scanned().sheet());
    }

    /** The column of a row holding a wellness value, as written in the file. */
    private static String header(Valid v, ImportField field) {
        return v.scanned().layout().header(column(v.scanned().layout(), field));
    }

    /** The field whose column holds a wellness value: sleep may be in seconds, the day's note in a Notes column. */
    private static ImportField column(SheetLayout layout, ImportField field) {
        if (field == ImportField.SLEEP_HOURS && !layout.has(ImportField.SLEEP_HOURS)) {
            return ImportField.SLEEP_SECS;
        }
        if (field == ImportField.PAIN_NOTE && !layout.has(ImportField.PAIN_NOTE)) {
            return ImportField.NOTES;
        }
        return field;
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    private static WellnessDetails withValues(WellnessDetails base, Object[] values) {
        return new WellnessDetails(base.date(), (Double) values[0], (Integer) values[1], (Integer) values[2], (Double) values[3],
                (Integer) values[4], (Integer) values[5], (Integer) values[6], (Integer) values[7], (String) values[8]);
    }

    /** Whether an entry holds every value a row gives, the same. */
    private static boolean holds(WellnessDetails entry, WellnessDetails row) {
        for (DayField f : DAY_FIELDS) {
            Object here = f.value().apply(row);
            Object there = f.value().apply(entry);
            if (here != null && (there == null || !same(there, here))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Math.abs(x - y) < 1e-9;
        }
        return a.equals(b);
    }

    /** Remembers a new wellness day of this file and queues it to be written. */
    private void addDay(AthleteDay key, Valid v, WellnessDetails details, Map<AthleteDay, Integer> pendingWellness,
                        List<ImportedWellness> newWellness) {
        pendingWellness.put(key, newWellness.size());
        newWellness.add(new ImportedWellness(v.athleteId(), details, context.importId(), v.row()));
        if (remembered < MAX_REMEMBERED_ROWS) {
            days.put(key, new DayEntry(details, where(v), v.row()));
            remembered++;
        }
    }

    /**
     * Adds a row's wellness values to the day the file named before. A value that differs from the one already
     * given for that day is a problem on this row's cell; nothing changes then. Answers whether values were added.
     */
    private boolean mergeInto(DayEntry day, Valid v, WellnessDetails row, List<RowProblem> problems,
                              Map<AthleteDay, Integer> pendingWellness, List<ImportedWellness> newWellness,
                              List<ImportedWellness> updates, AthleteDay key) {
        Object[] merged = new Object[DAY_FIELDS.size()];
        String[] origins = day.origins.clone();
        boolean added = false;
        for (int i = 0; i < DAY_FIELDS.size(); i++) {
            DayField f = DAY_FIELDS.get(i);
            Object had = f.value().apply(day.details);
            Object here = f.value().apply(row);
            merged[i] = had;
            if (here == null) {
                continue;
            }
            if (had == null) {
                merged[i] = here;
                origins[i] = where(v);
                added = true;
            } else if (!same(had, here)) {
                problems.add(new RowProblem(v.scanned().sheet(), v.row(), header(v, f.field()), text(here), f.words() + " "
                        + text(here) + " for " + row.date() + " differs from " + text(had) + " given for the same athlete and day in "
                        + day.origins[i], "one wellness entry is kept per athlete and day: make the two values agree, or clear one", ref(v, f.field())));
            }
        }
        if (!problems.isEmpty() || !added) {
            return false;
        }
        day.details = withValues(day.details, merged);
        System.arraycopy(origins, 0, day.origins, 0, origins.length);
        Integer pending = pendingWellness.get(key);
        if (pending != null) {
            ImportedWellness first = newWellness.get(pending);
            newWellness.set(pending, new ImportedWellness(first.athleteId(), day.details, first.importId(), first.row()));
        } else if (context.mode() == Mode.COMMIT) {
            updates.add(new ImportedWellness(v.athleteId(), day.details, context.importId(), day.row));
        }
        return true;
    }

    /**
     * The wellness a session row carries in extra columns: merged into the file's entry for the day, or a new entry;
     * against an entry already in the log (written before this import) a differing value is a problem on the cell and a
     * value the entry lacks is added to it, with a warning; in a commit the value added is recorded so that undo takes it
     * back. Answers the problems (none: the row's wellness is taken).
     */
    private List<RowProblem> dayOfSessionRow(Valid v, WellnessDetails wellness, Chunk chunk, List<String> warnings) {
        AthleteDay key = AthleteDay.of(v, wellness.date());
        List<RowProblem> problems = new ArrayList<>();
        DayEntry day = days.get(key);
        if (day != null) {
            mergeInto(day, v, wellness, problems, chunk.pendingWellness, chunk.newWellness, chunk.updates, key);
            return problems;
        }
        Integer pending = chunk.pendingWellness.get(key);
        if (pending != null) {
            // a day of this chunk not remembered (the file's memory is full): merge into the queued entry
            ImportedWellness first = chunk.newWellness.get(pending);
            DayEntry queued = new DayEntry(first.details(), "row " + first.row(), first.row());
            mergeInto(queued, v, wellness, problems, chunk.pendingWellness, chunk.newWellness, chunk.updates, key);
            return problems;
        }
        WellnessFingerprint existing = chunk.wellnessByDay.get(key);
        if (existing == null) {
            addDay(key, v, wellness, chunk.pendingWellness, chunk.newWellness);
            return problems;
        }
        AddedDay added = addedToLog.get(key);
        if (added != null && added.entryId != existing.id()) {
            added = null;
        }
        List<Integer> toAdd = new ArrayList<>();
        for (int i = 0; i < DAY_FIELDS.size(); i++) {
            DayField f = DAY_FIELDS.get(i);
            Object here = f.value().apply(wellness);
            if (here == null) {
                continue;
            }
            if (added != null && added.values[i] != null) {
                // added to the entry by an earlier row of this file
                if (!same(added.values[i], here)) {
                    problems.add(new RowProblem(v.scanned().sheet(), v.row(), header(v, f.field()), text(here), f.words() + " "
                            + text(here) + " for " + wellness.date() + " differs from " + text(added.values[i]) + " given for the same "
                            + "athlete and day in " + added.origins[i], "one wellness entry is kept per athlete and day: make the two "
                            + "values agree, or clear one", ref(v, f.field())));
                }
                continue;
            }
            Object had = f.value().apply(existing.details());
            if (had == null) {
                toAdd.add(i);
            } else if (!same(had, here)) {
                problems.add(new RowProblem(v.scanned().sheet(), v.row(), header(v, f.field()), text(here), f.words() + " " + text(here)
                        + " for " + wellness.date() + " differs from " + text(had) + " in the wellness entry already in the log ("
                        + origin(existing.id()) + ")", "correct the value here or in that entry so they agree, or clear the cell", ref(v, f.field())));
            }
        }
        if (!problems.isEmpty() || toAdd.isEmpty()) {
            return problems;
        }
        if (added == null) {
            added = new AddedDay(existing.id());
            addedToLog.put(key, added);
        }
        for (int i : toAdd) {
            DayField f = DAY_FIELDS.get(i);
            Object here = f.value().apply(wellness);
            added.values[i] = here;
            added.origins[i] = where(v);
            warnings.add(f.words() + " " + text(here) + " (" + RowProblem.columnText(ref(v, f.field()), header(v, f.field())) + ") is "
                    + "added to the wellness entry for " + wellness.date() + " already in the log (" + origin(existing.id())
                    + "), which had none; undoing this import takes it back");
            if (context.mode() == Mode.COMMIT) {
                chunk.additions.add(new ImportedLogRepository.AddedValue(existing.id(), f.column(), here, v.row()));
            }
        }
        return problems;
    }

    /**
     * Where a wellness entry already in the log came from, in the files' words: "row 2 of 'march-training.xlsx',
     * imported 2026-03-09", "row 2 of this file", or "entered in the app" (by a coach or the athlete's check-in).
     */
    private String origin(long entryId) {
        String known = entryOrigins.get(entryId);
        if (known != null) {
            return known;
        }
        ImportedLogRepository.Origin origin = log.origin(false, entryId);
        String words;
        if (origin.importId() == null) {
            words = "entered in the app";
        } else {
            String row = origin.row() == null ? "a row" : "row " + origin.row();
            words = origin.importId() == context.importId() ? row + " of this file"
                    : row + " of '" + origin.fileName() + "'" + (origin.importedAt() == null ? ""
                    : ", imported " + origin.importedAt().atZone(context.zone()).toLocalDate());
        }
        if (entryOrigins.size() >= MAX_WARNINGS * 10) {
            entryOrigins.clear();
        }
        entryOrigins.put(entryId, words);
        return words;
    }

    /** An athlete's day, the key rows are matched by (rows of members the commit will enrol are never kept). */
    private record AthleteDay(Long athleteId, LocalDate date) {
        static AthleteDay of(Valid v, LocalDate date) {
            return new AthleteDay(v.athleteId(), date);
        }

        /**
         * Spread over the whole int range: a record's own hash (31 × athlete + date) gives thousands of athlete-days
         * of one club the same hash, and a file's look-ups then crawl through crowded hash buckets.
         */
        @Override
        public int hashCode() {
            long athlete = athleteId == null ? -1 : athleteId;
            long day = date == null ? 0 : date.toEpochDay();
            return Long.hashCode(athlete * 0x9E3779B97F4A7C15L + day);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AthleteDay day && Objects.equals(athleteId, day.athleteId) && Objects.equals(date, day.date);
        }
    }

    private record PendingReview(Valid row, DuplicateMatcher.Match match, String payload, LocalDate date) {
    }

    private void write(List<ImportedSession> sessions, List<ImportedWellness> wellness, List<PendingReview> reviews) {
        long[] sessionIds = log.insertSessions(sessions);
        log.insertWellness(wellness);
        Map<Integer, Long> idByRow = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            idByRow.put(sessions.get(i).row(), sessionIds[i]);
        }
        List<ReviewItem> items = new ArrayList<>();
        for (PendingReview r : reviews) {
            long existing = r.match().existingId();
            String matches;
            if (existing < 0) {
                // matched a row of this chunk written just now: find its id by the row it came from
                int index = (int) (-existing - 1);
                existing = pendingRow(sessions, existing, idByRow);
                matches = index < sessions.size() ? "matches row " + sessions.get(index).row() + " of this file" : "matches a row of this file";
            } else {
                matches = matches(log.origin(r.row().scanned().outcome() instanceof RowOutcome.Session, existing),
                        r.row().scanned().outcome() instanceof RowOutcome.Session);
            }
            items.add(new ReviewItem(context.importId(), r.row().scanned().sheet(), r.row().row(), r.row().athleteId(), r.date(),
                    existing, matches + ", " + r.match().reason(), r.payload()));
        }
        if (!items.isEmpty()) {
            records.addReviewItems(items);
        }
    }

    /**
     * What a row held for review matches, in the words of the files: "matches row 14 of 'october-log.xlsx' imported
     * 2026-11-02", "matches row 9 of this file", or a record entered in the app.
     */
    String matches(ImportedLogRepository.Origin origin, boolean session) {
        if (origin.importId() == null) {
            return "matches " + (session ? "a session" : "the wellness entry") + " entered in the app";
        }
        String row = origin.row() == null ? "a row" : "row " + origin.row();
        if (origin.importId() == context.importId()) {
            return "matches " + row + " of this file";
        }
        return "matches " + row + " of '" + origin.fileName() + "'" + (origin.importedAt() == null ? ""
                : " imported " + origin.importedAt().atZone(context.zone()).toLocalDate());
    }

    private static long pendingRow(List<ImportedSession> sessions, long pendingId, Map<Integer, Long> idByRow) {
        int index = (int) (-pendingId - 1);
        return index < sessions.size() ? idByRow.get(sessions.get(index).row()) : 0;
    }

    private void note(Valid v, DuplicateMatcher.Kind kind, List<String> rowWarnings) {
        for (String warning : rowWarnings) {
            warn(v.scanned().sheet(), v.row(), warning);
        }
        if (preview.size() >= PREVIEW_ROWS) {
            return;
        }
        String outcome = switch (kind) {
            case EXACT -> "duplicate";
            case NEAR -> "review";
            default -> v.athleteId() == null ? "new-athlete" : "new";
        };
        RowOutcome o = v.scanned().outcome();
        ImportView.SessionPreview session = null;
        ImportView.WellnessPreview wellness = null;
        if (o instanceof RowOutcome.Session s) {
            SessionDetails d = s.details();
            session = new ImportView.SessionPreview(d.date().toString(), d.startTime() == null ? null : d.startTime().toString(),
                    d.type().code(), d.movingMinutes(), d.elapsedMinutes(), d.distanceKm(), d.rpe(), d.avgHr(), d.maxHr(), d.pain(),
                    d.painLocation(), d.notes());
            wellness = s.wellness() == null ? null : wellnessPreview(s.wellness());
        } else {
            wellness = wellnessPreview(((RowOutcome.Wellness) o).details());
        }
        preview.add(new ImportView.PreviewRow(v.scanned().sheet(), v.row(), outcome, v.athleteId(), v.memberId(), v.name(),
                session, wellness, rowWarnings));
    }

    private static ImportView.WellnessPreview wellnessPreview(WellnessDetails d) {
        return new ImportView.WellnessPreview(d.date().toString(), d.sleepHours(), d.sleepQuality(), d.restingHr(), d.hrvMs(),
                d.fatigue(), d.stress(), d.mood(), d.soreness(), d.painNote());
    }

    private static SessionFingerprint fingerprint(long id, long athleteId, SessionDetails d) {
        return new SessionFingerprint(id, athleteId, d.date(), d.startTime(), d.type(), d.movingMinutes(), d.distanceKm(), d.rpe());
    }

    private static LocalDate date(Valid v) {
        RowOutcome o = v.scanned().outcome();
        return o instanceof RowOutcome.Session s ? s.details().date() : ((RowOutcome.Wellness) o).details().date();
    }
}
