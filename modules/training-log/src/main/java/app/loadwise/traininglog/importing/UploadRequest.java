package app.loadwise.traininglog.importing;

/**
 * An upload: the club it is for; the athlete when the file is one athlete's (Garmin, Strava, intervals.icu);
 * whether unknown member ids may be enrolled; and who uploads.
 */
public record UploadRequest(long clubId, Long athleteId, String fileName, boolean createAthletes, String uploadedBy) {

    public UploadRequest {
        fileName = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        uploadedBy = uploadedBy == null || uploadedBy.isBlank() ? app.loadwise.domain.access.Caller.ANONYMOUS : uploadedBy.strip();
    }
}
