package app.loadwise.traininglog.importing;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An import as the API shows it: the file, its recognised format, where it stands, the row counts and progress.
 * The answer to an upload also carries the first rows as they will be stored, the first warnings and notes, and every
 * error, warning and note grouped by kind and column ({@code groups}); a checked import read later carries its stored
 * errors grouped. {@code sheetsNotRead} names the sheets of a workbook passed over for want of a header row.
 */
public record ImportView(long id, long clubId, Long athleteId, String fileName, String checksum, long sizeBytes,
                         String fileKind, String format, Status status, String uploadedBy, Instant uploadedAt,
                         Counts counts, Progress progress, String message, Problem problem, Long sameFileCommittedAs,
                         Instant validatedAt, Instant committedAt, Instant undoneAt, Long removed,
                         List<PreviewRow> preview, List<RowWarning> warnings, List<IgnoredColumns> ignoredColumns,
                         List<RowWarning> notes, List<MessageGroup> groups, List<SheetNotRead> sheetsNotRead) {

    /** Where an import stands; the API writes it as its code ("validating"). */
    @JsonbTypeAdapter(Status.AsCode.class)
    public enum Status {
        /** The file is being checked row by row (a dry run). */
        VALIDATING,
        /** Checked; nothing written yet. Can be committed. */
        VALIDATED,
        /** Rows are being written. */
        COMMITTING,
        /** Its rows are in the training log. Can be undone. */
        COMMITTED,
        /** Its rows were removed again. */
        UNDONE,
        /** Checking or writing stopped with an error; a commit can be restarted. */
        FAILED,
        /** The file turned out broken or hostile deep inside while it was checked; nothing was written. */
        REJECTED,
        /** Its batch job was stopped on request; it can be resumed or undone. */
        STOPPED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A status in JSON: its code. */
        public static final class AsCode implements JsonbAdapter<Status, String> {

            @Override
            public String adaptToJson(Status status) {
                return status.code();
            }

            @Override
            public Status adaptFromJson(String code) {
                return valueOf(code.toUpperCase(Locale.ROOT));
            }
        }
    }

    /**
     * Data rows ({@code total} = valid + invalid; blank and totals rows are {@code ignored}); valid rows are new,
     * exact duplicates (skipped) or near matches (held for review); {@code imported} counts rows written.
     */
    public record Counts(long total, long valid, long invalid, long ignored, long duplicates, long review, long imported) {
    }

    /**
     * Rows read so far of all rows in the file, while a check or a commit runs. While a large file is checked the
     * total is the row count estimated from the file before reading it (0 when it could not be), and the percent
     * stays below 100 until the check is done.
     */
    public record Progress(long done, long total, int percent) {
    }

    /**
     * Why a large file was rejected (or its commit failed) while its batch job ran, as the API answers a small
     * file at once: the HTTP-style status, title, detail, and where in the file ("sheet 'Sessions', after row 912345").
     */
    public record Problem(int status, String title, String detail, String where) {
    }

    /** One data row as it will be stored: new, duplicate (skipped) or review (held). */
    public record PreviewRow(String sheet, int row, String outcome, Long athleteId, String memberId, String athleteName,
                             SessionPreview session, WellnessPreview wellness, List<String> warnings) {
    }

    public record SessionPreview(String date, String startTime, String type, Double movingMinutes, Double elapsedMinutes,
                                 Double distanceKm, Integer rpe, Integer avgHr, Integer maxHr, boolean pain,
                                 String painLocation, String notes) {
    }

    public record WellnessPreview(String date, Double sleepHours, Integer sleepQuality, Integer restingHr, Double hrvMs,
                                  Integer fatigue, Integer stress, Integer mood, Integer soreness, String painNote) {
    }

    /**
     * The columns of a sheet (null for CSV) that nothing is read from, headers as written in the file: so that no
     * column disappears without a word. Empty when every column is used.
     */
    public record IgnoredColumns(String sheet, List<String> columns) {
    }

    /**
     * A sheet of a workbook that nothing was read from because no header row with a date and an athlete column was
     * found in it (blank sheets and the template's Instructions and Plan sheets are not listed), and why, in a sentence.
     */
    public record SheetNotRead(String sheet, String message) {
    }

    /**
     * Something that is not wrong but looks odd (a warning: elapsed far beyond moving time, over 6 hours, RPE missing),
     * or worth knowing about what was read (a note: a formula's saved value used, a totals row skipped, text that looks
     * like a formula kept as text).
     */
    public record RowWarning(String sheet, int row, String message) {
    }

    /**
     * Messages of one kind in one column, said once: {@code severity} error, warning or note; {@code count} messages on
     * the {@code rows} listed (the first 1,000; {@code rowsText} "2–35, 40" with "…" when more); {@code message} and
     * {@code fix} as the first row has them; {@code summary} in one line ("34 rows (2–35), column E 'RPE': RPE is
     * missing …").
     */
    public record MessageGroup(String severity, String sheet, String column, String columnRef, long count, List<Integer> rows,
                               String rowsText, String message, String fix, String summary) {
    }
}
