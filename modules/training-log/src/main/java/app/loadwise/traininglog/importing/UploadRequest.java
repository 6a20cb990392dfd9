package app.loadwise.traininglog.importing;

import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.ColumnText;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.PlainText;

/**
 * An upload: the club it is for; the athlete when the file is one athlete's (Garmin, Strava, intervals.icu);
 * whether unknown member ids may be enrolled; and who uploads. The file name is kept as sent (its first 255
 * characters); one with control characters or half a surrogate pair is refused.
 */
public record UploadRequest(long clubId, Long athleteId, String fileName, boolean createAthletes, String uploadedBy) {

    /** The longest file name kept. */
    public static final int MAX_FILE_NAME = 255;

    public UploadRequest {
        String problem = PlainText.problem("the file name", fileName);
        if (problem != null) {
            throw new InvalidValueException("file", problem);
        }
        fileName = fileName == null || fileName.isBlank() ? "upload" : ColumnText.clip(fileName.strip(), MAX_FILE_NAME);
        uploadedBy = uploadedBy == null || uploadedBy.isBlank() ? Caller.ANONYMOUS : uploadedBy.strip();
    }
}
