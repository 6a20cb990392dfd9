package app.loadwise.traininglog.importing;

import app.loadwise.domain.athlete.Athlete;
import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.importing.BulkRequest.SessionItem;
import app.loadwise.traininglog.importing.BulkRequest.WellnessItem;
import app.loadwise.traininglog.importing.BulkResult.ItemError;
import app.loadwise.traininglog.importing.internal.RawRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bulk endpoints for integrations: each item becomes a row of the club's import, built directly from the JSON (a
 * header row of the columns below, then one row per item, row 2 the first item), read and written by the same
 * reader and writer as an uploaded file's. So the items get exactly the import's validation, duplicate matching
 * (exact duplicates skipped, near matches held for review), all-or-nothing commit and undo. Errors are answered per
 * item, by its index in the request.
 */
@ApplicationScoped
public class BulkImports {

    /** The most items one call may carry; larger batches are split by the caller. */
    public static final int MAX_ITEMS = 10_000;
    private static final int MAX_ERRORS = 1_000;

    /** Column header and the JSON field it comes from, for sessions. */
    private static final Map<String, Function<SessionItem, Object>> SESSION_COLUMNS = new LinkedHashMap<>();
    private static final Map<String, Function<WellnessItem, Object>> WELLNESS_COLUMNS = new LinkedHashMap<>();
    private static final Map<String, String> FIELD_OF_COLUMN = new HashMap<>();

    static {
        session("Member ID", "memberId", SessionItem::memberId);
        session("Name", "name", SessionItem::name);
        session("Date", "date", SessionItem::date);
        session("Start time", "startTime", SessionItem::startTime);
        session("Type", "type", SessionItem::type);
        session("Moving (min)", "movingMinutes", SessionItem::movingMinutes);
        session("Elapsed (min)", "elapsedMinutes", SessionItem::elapsedMinutes);
        session("Distance (km)", "distanceKm", SessionItem::distanceKm);
        session("RPE", "rpe", SessionItem::rpe);
        session("Avg HR", "avgHr", SessionItem::avgHr);
        session("Max HR", "maxHr", SessionItem::maxHr);
        session("Warm-up (min)", "warmUpMinutes", SessionItem::warmUpMinutes);
        session("Refuel (min)", "refuelMinutes", SessionItem::refuelMinutes);
        session("Carbs (g)", "carbsG", SessionItem::carbsG);
        session("Protein (g)", "proteinG", SessionItem::proteinG);
        session("Pain", "painLocation", item -> item.painLocation() != null && !item.painLocation().isBlank()
                ? item.painLocation() : Boolean.TRUE.equals(item.pain()) ? "yes" : null);
        session("Pain score", "painScore", SessionItem::painScore);
        session("Muscle soreness", "muscleSoreness", SessionItem::muscleSoreness);
        session("Notes", "notes", SessionItem::notes);

        wellness("Member ID", "memberId", WellnessItem::memberId);
        wellness("Name", "name", WellnessItem::name);
        wellness("Date", "date", WellnessItem::date);
        wellness("Sleep (h)", "sleepHours", WellnessItem::sleepHours);
        wellness("Sleep quality", "sleepQuality", WellnessItem::sleepQuality);
        wellness("Resting HR", "restingHr", WellnessItem::restingHr);
        wellness("HRV", "hrvMs", WellnessItem::hrvMs);
        wellness("Fatigue", "fatigue", WellnessItem::fatigue);
        wellness("Stress", "stress", WellnessItem::stress);
        wellness("Mood", "mood", WellnessItem::mood);
        wellness("Soreness", "soreness", WellnessItem::soreness);
        wellness("Pain note", "painNote", WellnessItem::painNote);
    }

    private static void session(String column, String field, Function<SessionItem, Object> value) {
        SESSION_COLUMNS.put(column, value);
        FIELD_OF_COLUMN.put(column, field);
    }

    private static void wellness(String column, String field, Function<WellnessItem, Object> value) {
        WELLNESS_COLUMNS.put(column, value);
        FIELD_OF_COLUMN.put(column, field);
    }

    @Inject
    ImportUploads uploads;

    @Inject
    ImportCommits commits;

    @Inject
    AthleteRepository athletes;

    public BulkResult sessions(long clubId, BulkRequest.Sessions request, String caller) {
        List<SessionItem> items = require(request == null ? null : request.items());
        List<String> memberIds = memberIds(clubId, items, SessionItem::athleteId, SessionItem::memberId);
        List<RawRow> rows = rows(SESSION_COLUMNS, items, memberIds);
        return run(clubId, "bulk-sessions.csv", rows, request.dryRun(), request.skipInvalid(), request.createAthletes(), caller);
    }

    public BulkResult wellness(long clubId, BulkRequest.Wellness request, String caller) {
        List<WellnessItem> items = require(request == null ? null : request.items());
        List<String> memberIds = memberIds(clubId, items, WellnessItem::athleteId, WellnessItem::memberId);
        List<RawRow> rows = rows(WELLNESS_COLUMNS, items, memberIds);
        return run(clubId, "bulk-wellness.csv", rows, request.dryRun(), request.skipInvalid(), request.createAthletes(), caller);
    }

    private static <T> List<T> require(List<T> items) {
        InvalidValueException.require(items != null && !items.isEmpty(), "items", "items is required: a list of 1 to "
                + MAX_ITEMS + " entries");
        InvalidValueException.require(items.size() <= MAX_ITEMS, "items",
                "at most " + MAX_ITEMS + " items per call, got " + items.size() + "; split the batch");
        InvalidValueException.require(items.stream().allMatch(Objects::nonNull), "items", "items must not contain null");
        return items;
    }

    /**
     * The member id each row carries: as given, or that of the athlete id, which must be an athlete of this club.
     * Items naming an athlete that is not the club's are rejected before anything is checked or written.
     */
    private <T> List<String> memberIds(long clubId, List<T> items, Function<T, Long> athleteIdOf, Function<T, String> memberIdOf) {
        List<String> memberIds = new ArrayList<>(items.size());
        List<ItemError> errors = new ArrayList<>();
        Map<Long, Athlete> known = new HashMap<>();
        List<Long> named = items.stream().map(athleteIdOf).filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < named.size(); from += 1_000) {
            for (Athlete athlete : athletes.findAll(named.subList(from, Math.min(named.size(), from + 1_000)))) {
                if (athlete.clubId() == clubId) {
                    known.put(athlete.id(), athlete);
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Long athleteId = athleteIdOf.apply(items.get(i));
            String memberId = memberIdOf.apply(items.get(i));
            if (athleteId == null) {
                memberIds.add(memberId);
                continue;
            }
            Athlete athlete = known.get(athleteId);
            if (athlete == null) {
                errors.add(new ItemError(i, "athleteId", String.valueOf(athleteId), "no athlete " + athleteId + " in this club",
                        "use the id of one of the club's athletes, or memberId"));
                memberIds.add(null);
            } else if (memberId != null && !memberId.isBlank() && !memberId.strip().equals(athlete.memberId())) {
                errors.add(new ItemError(i, "memberId", memberId, "athlete " + athleteId + " has member id '" + athlete.memberId() + "'",
                        "send athleteId or memberId, or both of the same athlete"));
                memberIds.add(null);
            } else {
                memberIds.add(athlete.memberId());
            }
        }
        if (!errors.isEmpty()) {
            throw new BulkRejected(new BulkResult(null, ImportView.Status.REJECTED, false,
                    new ImportView.Counts(items.size(), items.size() - errors.size(), errors.size(), 0, 0, 0, 0),
                    errors.subList(0, Math.min(errors.size(), MAX_ERRORS)), errors.size() > MAX_ERRORS));
        }
        return memberIds;
    }

    /** The header row, then each item's row: the cells as the column's text, the member id as resolved. */
    static <T> List<RawRow> rows(Map<String, Function<T, Object>> columns, List<T> items, List<String> memberIds) {
        List<RawRow> rows = new ArrayList<>(items.size() + 1);
        rows.add(RawRow.text(1, List.copyOf(columns.keySet())));
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            List<String> cells = new ArrayList<>(columns.size());
            for (Map.Entry<String, Function<T, Object>> column : columns.entrySet()) {
                Object value = column.getKey().equals("Member ID") ? memberIds.get(i) : column.getValue().apply(item);
                cells.add(text(value));
            }
            rows.add(RawRow.text(i + 2, cells));
        }
        return rows;
    }

    /** The rows of session items, as {@link #sessions} builds them (member ids as given). */
    static List<RawRow> sessionRows(List<SessionItem> items) {
        return rows(SESSION_COLUMNS, items, items.stream().map(SessionItem::memberId).toList());
    }

    /** The rows of wellness items, as {@link #wellness} builds them (member ids as given). */
    static List<RawRow> wellnessRows(List<WellnessItem> items) {
        return rows(WELLNESS_COLUMNS, items, items.stream().map(WellnessItem::memberId).toList());
    }

    /**
     * Numbers in plain notation with a decimal point that cannot be read as a thousands separator. A number that is
     * not finite is written as it is ("NaN", "Infinity"), so the import refuses it as the item's invalid value.
     */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number && !Double.isFinite(number)) {
            return number.toString();
        }
        if (value instanceof Double number) {
            BigDecimal plain = BigDecimal.valueOf(number).stripTrailingZeros();
            if (plain.scale() <= 0) {
                return plain.toPlainString();
            }
            return plain.scale() == 3 ? plain.setScale(4).toPlainString() : plain.toPlainString();
        }
        return value.toString();
    }

    private BulkResult run(long clubId, String fileName, List<RawRow> rows, Boolean dryRun, Boolean skipInvalid,
            Boolean createAthletes, String caller) {
        ImportView checked = uploads.check(new UploadRequest(clubId, null, fileName, Boolean.TRUE.equals(createAthletes), caller),
                rows);
        boolean dry = Boolean.TRUE.equals(dryRun);
        ImportView result = checked;
        ItemErrors errors = errors(checked.id());
        if (!dry && checked.status() == ImportView.Status.VALIDATED) {
            if (checked.counts().invalid() > 0 && !Boolean.TRUE.equals(skipInvalid)) {
                // nothing will be written: the import is closed as rejected, its errors kept to read
                ImportView rejected = commits.rejectInvalidItems(checked.id());
                throw new BulkRejected(new BulkResult(rejected.id(), rejected.status(), false, rejected.counts(), errors.items(),
                        errors.truncated()));
            }
            result = commits.commit(checked.id(), Boolean.TRUE.equals(skipInvalid), rows);
        }
        return new BulkResult(result.id(), result.status(), dry, result.counts(), errors.items(), errors.truncated());
    }

    /** The first {@link #MAX_ERRORS} item errors, and whether there were more. */
    private record ItemErrors(List<ItemError> items, boolean truncated) {
    }

    private ItemErrors errors(long importId) {
        List<ItemError> errors = new ArrayList<>();
        long total = 0;
        for (int page = 0; errors.size() < MAX_ERRORS; page++) {
            var problems = uploads.errors(importId, new PageRequest(page, PageRequest.MAX_SIZE));
            total = problems.total();
            for (RowProblem problem : problems.items()) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new ItemError(problem.row() - 2, FIELD_OF_COLUMN.getOrDefault(problem.column(), problem.column()),
                            problem.value(), problem.problem(), problem.fix()));
                }
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= problems.total()) {
                break;
            }
        }
        return new ItemErrors(errors, total > errors.size());
    }

    /** Invalid items in a call that writes all or nothing: answered 422 with every item error, nothing written. */
    public static final class BulkRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient BulkResult result;

        BulkRejected(BulkResult result) {
            super(result.counts().invalid() + " of " + result.counts().total()
                    + " items are invalid and nothing was written; fix them, or send skipInvalid=true to write the valid ones");
            this.result = result;
        }

        public BulkResult result() {
            return result;
        }
    }
}
