package app.loadwise.domain.training;

import static app.loadwise.domain.common.InvalidValueException.require;

import app.loadwise.domain.health.BodyLocation;
import java.util.Locale;

/**
 * The pain answers and note of an athlete's check-in: where it hurts (a body location code), sharp or dull, how much
 * on 0–10, and a free note. The day's pain note is written from them (see {@link #painNote()}), so that the pain rule
 * reads a check-in's pain as it reads a coach's note.
 */
public record CheckInPain(String location, String kind, Integer score, String note) {

    public static final CheckInPain NONE = new CheckInPain(null, null, null, null);

    /** The longest note an athlete may write. */
    public static final int NOTE_MAX = 300;

    public CheckInPain {
        location = location == null || location.isBlank() ? null : BodyLocation.fromCode(location, "painLocation").code();
        kind = kind == null || kind.isBlank() ? null : kind.strip().toLowerCase(Locale.ROOT);
        require(kind == null || kind.equals("sharp") || kind.equals("dull"), "painKind", "pain must be 'sharp' or 'dull'");
        require(score == null || score >= 0 && score <= 10, "painScore", "pain must be between 0 and 10");
        note = note == null || note.isBlank() ? null : note.strip();
        require(note == null || note.length() <= NOTE_MAX, "note", "the note must be at most " + NOTE_MAX + " characters");
        require(score != null && score > 0 || location == null && kind == null, "painScore",
                "give how much it hurts (1–10) with where or what kind of pain");
    }

    /** True when no pain was reported and no note written. */
    public boolean isEmpty() {
        return (score == null || score == 0) && note == null;
    }

    /**
     * The day's pain note: "achilles, sharp pain 6/10" and the note after a colon, or only the note; null when the
     * athlete has no pain (0 or unanswered) and wrote nothing.
     */
    public String painNote() {
        String pain = null;
        if (score != null && score > 0) {
            pain = (location == null ? "" : location.replace('-', ' ') + ", ") + (kind == null ? "" : kind + " ")
                    + "pain " + score + "/10";
        }
        if (pain == null) {
            return note;
        }
        return note == null ? pain : pain + ": " + note;
    }
}
