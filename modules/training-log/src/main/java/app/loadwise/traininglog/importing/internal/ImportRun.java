package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteProfile;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.importing.ImportCounts;
import app.loadwise.domain.importing.ImportRecordRepository;
import app.loadwise.domain.importing.ImportRowError;
import app.loadwise.domain.importing.ImportedLogRepository;
import app.loadwise.domain.importing.ImportedLogRepository.ImportedSession;
import app.loadwise.domain.importing.ImportedLogRepository.ImportedWellness;
import app.loadwise.domain.importing.ImportedLogRepository.SessionFingerprint;
import app.loadwise.domain.importing.ImportedLogRepository.WellnessFingerprint;
import app.loadwise.domain.importing.ReviewItem;
import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.RowProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Who and what the run is for. */
    public record Context(long importId, long clubId, Long athleteId, boolean createAthletes, Mode mode, boolean skipInvalid) {
    }

    private final Context context;
    private final AthleteRepository athletes;
    private final ImportedLogRepository log;
    private final ImportRecordRepository records;
    private final Map<String, Long> athleteByMember = new HashMap<>();
    private final Map<String, List<Long>> athleteByName = new HashMap<>();
    /** Sessions of earlier chunks of a dry run, by athlete and date. */
    private final Map<AthleteDay, List<SessionFingerprint>> rememberedSessions = new HashMap<>();
    private final Set<AthleteDay> rememberedWellness = new HashSet<>();
    private int remembered;
    private long storedErrors;
    private final List<ImportView.PreviewRow> preview = new ArrayList<>();
    private final List<ImportView.RowWarning> warnings = new ArrayList<>();
    private long warningCount;
    private ImportCounts counts = ImportCounts.NONE;
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

    public List<ImportView.PreviewRow> preview() {
        return List.copyOf(preview);
    }

    public List<ImportView.RowWarning> warnings() {
        return List.copyOf(warnings);
    }

    public long warningCount() {
        return warningCount;
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
                    errors.stream().limit(50).map(e -> new RowProblem(e.sheet(), e.row(), e.column(), e.value(), e.problem(), e.fix())).toList());
        }
        if (context.mode() == Mode.COMMIT) {
            enrolNewMembers(valid);
        }
        ImportCounts matched = match(valid);
        if (!errors.isEmpty()) {
            records.addErrors(errors);
        }
        ImportCounts chunkCounts = new ImportCounts(valid.size() + invalid, valid.size(), invalid, ignored, matched.duplicates(),
                matched.review(), matched.imported());
        counts = counts.plus(chunkCounts);
        return chunkCounts;
    }

    private void keep(List<ImportRowError> errors, List<RowProblem> problems) {
        for (RowProblem p : problems) {
            if (storedErrors < MAX_STORED_ERRORS) {
                errors.add(new ImportRowError(context.importId(), p.sheet(), p.row(), p.column(), p.value(), p.problem(), p.fix()));
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
            return new RowProblem(scanned.sheet(), scanned.outcome().row(), layout.header(Field.MEMBER_ID), ref.memberId(),
                    "no athlete with member id '" + ref.memberId() + "' in this club",
                    "enrol the athlete first, correct the member id, or upload with createAthletes=true");
        }
        List<Long> named = athleteByName.computeIfAbsent(ref.name().toLowerCase(java.util.Locale.ROOT),
                name -> log.athletesNamed(context.clubId(), ref.name()));
        if (named.size() == 1) {
            return named.get(0);
        }
        String column = layout.header(Field.ATHLETE_NAME);
        return named.isEmpty()
                ? new RowProblem(scanned.sheet(), scanned.outcome().row(), column, ref.name(), "no athlete called '" + ref.name()
                + "' in this club", "enrol the athlete first, or add a Member ID column")
                : new RowProblem(scanned.sheet(), scanned.outcome().row(), column, ref.name(), named.size() + " athletes are called '"
                + ref.name() + "'", "add a Member ID column to tell them apart");
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
    private ImportCounts match(List<Valid> valid) {
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
            anyWellness |= v.scanned().outcome() instanceof RowOutcome.Wellness;
        }
        Map<AthleteDay, List<SessionFingerprint>> sessionsByDay = new HashMap<>();
        Map<AthleteDay, WellnessFingerprint> wellnessByDay = new HashMap<>();
        if (anySession) {
            for (SessionFingerprint f : log.sessionFingerprints(athleteIds, from, to)) {
                sessionsByDay.computeIfAbsent(new AthleteDay(f.athleteId(), f.date()), d -> new ArrayList<>(2)).add(f);
            }
        }
        if (anyWellness) {
            for (WellnessFingerprint f : log.wellnessFingerprints(athleteIds, from, to)) {
                wellnessByDay.put(new AthleteDay(f.athleteId(), f.details().date()), f);
            }
        }
        Set<Integer> sessionRowsWritten = Set.of();
        Set<Integer> wellnessRowsWritten = Set.of();
        Set<String> alreadyHeld = new HashSet<>();
        if (context.mode() == Mode.COMMIT && !valid.isEmpty()) {
            if (lastWritten < 0) {
                // once per run: after a restart, rows up to these were handled by the attempt before
                lastWritten = log.lastRowWritten(context.importId());
                lastHeld = records.lastReviewedRow(context.importId());
            }
            int first = valid.stream().mapToInt(Valid::row).min().orElse(0);
            int last = valid.stream().mapToInt(Valid::row).max().orElse(0);
            if (first <= lastWritten) {
                sessionRowsWritten = log.sessionRowsWritten(context.importId(), first, last);
                wellnessRowsWritten = log.wellnessRowsWritten(context.importId(), first, last);
            }
            if (first <= lastHeld) {
                for (String sheet : valid.stream().map(v -> v.scanned().sheet()).distinct().toList()) {
                    for (Integer row : records.reviewedRows(context.importId(), sheet, first, last)) {
                        alreadyHeld.add(sheet + "|" + row);
                    }
                }
            }
        }

        List<ImportedSession> newSessions = new ArrayList<>();
        List<ImportedWellness> newWellness = new ArrayList<>();
        List<PendingReview> reviews = new ArrayList<>();
        Set<AthleteDay> pendingWellness = new HashSet<>();
        long duplicates = 0;
        long review = 0;
        long imported = 0;
        long pendingId = -1;
        for (Valid v : valid) {
            boolean session = v.scanned().outcome() instanceof RowOutcome.Session;
            if ((session ? sessionRowsWritten : wellnessRowsWritten).contains(v.row())) {
                imported++;
                continue;
            }
            if (!alreadyHeld.isEmpty() && alreadyHeld.contains(v.scanned().sheet() + "|" + v.row())) {
                review++;
                continue;
            }
            DuplicateMatcher.Match match;
            List<String> rowWarnings;
            if (v.scanned().outcome() instanceof RowOutcome.Session s) {
                rowWarnings = s.warnings();
                AthleteDay day = AthleteDay.of(v, s.details().date());
                List<SessionFingerprint> sameDay = v.athleteId() == null ? List.of()
                        : sessionsByDay.computeIfAbsent(day, d -> new ArrayList<>(2));
                match = DuplicateMatcher.session(s.details(), sameDay);
                if (match.kind() == DuplicateMatcher.Kind.NEW && context.mode() == Mode.DRY_RUN && v.athleteId() != null) {
                    match = DuplicateMatcher.session(s.details(), rememberedSessions.getOrDefault(day, List.of()));
                }
                if (match.kind() == DuplicateMatcher.Kind.NEW && v.athleteId() != null) {
                    SessionFingerprint print = fingerprint(pendingId--, v.athleteId(), s.details());
                    sameDay.add(print);
                    if (context.mode() == Mode.DRY_RUN && remembered < MAX_REMEMBERED_ROWS) {
                        rememberedSessions.computeIfAbsent(day, d -> new ArrayList<>(2)).add(print);
                        remembered++;
                    }
                    newSessions.add(new ImportedSession(v.athleteId(), s.details(), context.importId(), v.row()));
                } else if (match.kind() == DuplicateMatcher.Kind.NEAR) {
                    reviews.add(new PendingReview(v, match, ReviewPayload.of(s.details()), s.details().date()));
                }
            } else {
                RowOutcome.Wellness w = (RowOutcome.Wellness) v.scanned().outcome();
                rowWarnings = w.warnings();
                AthleteDay key = AthleteDay.of(v, w.details().date());
                WellnessFingerprint existing = wellnessByDay.get(key);
                match = DuplicateMatcher.wellness(w.details(), existing == null ? null : existing.id(),
                        existing == null ? null : existing.details());
                if (match.kind() == DuplicateMatcher.Kind.NEW && (pendingWellness.contains(key)
                        || (context.mode() == Mode.DRY_RUN && rememberedWellness.contains(key)))) {
                    match = new DuplicateMatcher.Match(DuplicateMatcher.Kind.EXACT, 0, null);
                }
                if (match.kind() == DuplicateMatcher.Kind.NEW && v.athleteId() != null) {
                    pendingWellness.add(key);
                    if (context.mode() == Mode.DRY_RUN && remembered < MAX_REMEMBERED_ROWS) {
                        rememberedWellness.add(key);
                        remembered++;
                    }
                    newWellness.add(new ImportedWellness(v.athleteId(), w.details(), context.importId(), v.row()));
                } else if (match.kind() == DuplicateMatcher.Kind.NEAR) {
                    reviews.add(new PendingReview(v, match, ReviewPayload.of(w.details()), w.details().date()));
                }
            }
            switch (match.kind()) {
                case EXACT -> duplicates++;
                case NEAR -> review++;
                default -> imported++;
            }
            note(v, match.kind(), rowWarnings);
        }
        if (context.mode() == Mode.COMMIT) {
            write(newSessions, newWellness, reviews);
        } else if (context.mode() == Mode.DRY_RUN) {
            imported = 0;
        }
        return new ImportCounts(0, 0, 0, 0, duplicates, review, context.mode() == Mode.COMMIT ? imported : 0);
    }

    /** An athlete's day, the key rows are matched by (rows of members the commit will enrol are never kept). */
    private record AthleteDay(Long athleteId, LocalDate date) {
        static AthleteDay of(Valid v, LocalDate date) {
            return new AthleteDay(v.athleteId(), date);
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
            if (existing < 0) {
                // matched a row of this chunk written just now: find its id by the row it came from
                existing = pendingRow(sessions, existing, idByRow);
            }
            items.add(new ReviewItem(context.importId(), r.row().scanned().sheet(), r.row().row(), r.row().athleteId(), r.date(),
                    existing, r.match().reason(), r.payload()));
        }
        if (!items.isEmpty()) {
            records.addReviewItems(items);
        }
    }

    private static long pendingRow(List<ImportedSession> sessions, long pendingId, Map<Integer, Long> idByRow) {
        int index = (int) (-pendingId - 1);
        return index < sessions.size() ? idByRow.get(sessions.get(index).row()) : 0;
    }

    private void note(Valid v, DuplicateMatcher.Kind kind, List<String> rowWarnings) {
        for (String warning : rowWarnings) {
            warningCount++;
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(new ImportView.RowWarning(v.scanned().sheet(), v.row(), warning));
            }
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
        } else {
            WellnessDetails d = ((RowOutcome.Wellness) o).details();
            wellness = new ImportView.WellnessPreview(d.date().toString(), d.sleepHours(), d.sleepQuality(), d.restingHr(), d.hrvMs(),
                    d.fatigue(), d.stress(), d.mood(), d.soreness(), d.painNote());
        }
        preview.add(new ImportView.PreviewRow(v.scanned().sheet(), v.row(), outcome, v.athleteId(), v.memberId(), v.name(),
                session, wellness, rowWarnings));
    }

    private static SessionFingerprint fingerprint(long id, long athleteId, SessionDetails d) {
        return new SessionFingerprint(id, athleteId, d.date(), d.startTime(), d.type(), d.movingMinutes(), d.distanceKm(), d.rpe());
    }

    private static LocalDate date(Valid v) {
        RowOutcome o = v.scanned().outcome();
        return o instanceof RowOutcome.Session s ? s.details().date() : ((RowOutcome.Wellness) o).details().date();
    }
}
