package app.loadwise.traininglog.importing;

import java.time.LocalDate;

/** A row held for review because it nearly matches a record already in the log, and what was decided. */
public record ReviewView(long id, long importId, String sheet, int row, long athleteId, LocalDate date, long existingId,
                         String reason, String status, Long importedAs) {
}
