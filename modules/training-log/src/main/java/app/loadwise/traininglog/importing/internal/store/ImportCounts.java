package app.loadwise.traininglog.importing.internal.store;

/**
 * The row counts of an import. {@code total} counts data rows (blank, totals and repeated header rows are
 * {@code ignored}); valid rows are either imported, exact duplicates (skipped) or near matches (held for review).
 */
public record ImportCounts(long total, long valid, long invalid, long ignored, long duplicates, long review, long imported) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(total + other.total, valid + other.valid, invalid + other.invalid, ignored + other.ignored,
                duplicates + other.duplicates, review + other.review, imported + other.imported);
    }
}
