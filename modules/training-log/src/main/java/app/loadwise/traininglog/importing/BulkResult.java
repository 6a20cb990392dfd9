package app.loadwise.traininglog.importing;

import java.util.List;

/**
 * What a bulk call did: the import that records it (listed with the club's imports, and undoable; none when the
 * items were refused before checking), its counts, and each invalid item by its index in {@code items} with the field, the value and how to fix it.
 */
public record BulkResult(Long importId, ImportView.Status status, boolean dryRun, ImportView.Counts counts, List<ItemError> errors,
        boolean moreErrors) {

    /** An invalid item: its zero-based index in the request, the field at fault, the value, the problem and the fix. */
    public record ItemError(int item, String field, String value, String problem, String fix) {
    }
}
