package app.loadwise.traininglog.importing.internal;

import app.loadwise.domain.training.SessionDetails;
import app.loadwise.domain.training.WellnessDetails;
import app.loadwise.traininglog.importing.internal.store.ImportedLogRepository.SessionFingerprint;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * Decides whether an imported row is already in the log. Sessions of the same athlete and local date match when
 * their start times are within ±10 minutes, or, where a start time is missing, when type and moving time agree
 * within 5%. A match that agrees in every compared value is exact (skipped); any other match is near (held for
 * review). Wellness days match by athlete and date; equal values are exact.
 */
public final class DuplicateMatcher {

    static final Duration START_TOLERANCE = Duration.ofMinutes(10);
    static final double DURATION_TOLERANCE = 0.05;
    static final double EXACT_DURATION_TOLERANCE = 0.01;

    /** How a row relates to what is already there. */
    public enum Kind { NEW, EXACT, NEAR }

    /** The verdict and, for a match, the record matched and why it is only near. */
    public record Match(Kind kind, long existingId, String reason) {
        static final Match NEW = new Match(Kind.NEW, 0, null);
    }

    private DuplicateMatcher() {
    }

    /** Compares a session with the same athlete's sessions on the same date; the first exact match wins over near ones. */
    public static Match session(SessionDetails row, List<SessionFingerprint> sameDay) {
        Match near = null;
        for (SessionFingerprint existing : sameDay) {
            if (!existing.date().equals(row.date())) {
                continue;
            }
            Match match = compare(row, existing);
            if (match.kind() == Kind.EXACT) {
                return match;
            }
            if (match.kind() == Kind.NEAR && near == null) {
                near = match;
            }
        }
        return near != null ? near : Match.NEW;
    }

    private static Match compare(SessionDetails row, SessionFingerprint existing) {
        LocalTime a = row.startTime();
        LocalTime b = existing.startTime();
        if (a != null && b != null) {
            long minutesApart = Math.abs(Duration.between(a, b).toSeconds()) / 60;
            if (minutesApart > START_TOLERANCE.toMinutes()) {
                return Match.NEW;
            }
            boolean sameMinute = a.getHour() == b.getHour() && a.getMinute() == b.getMinute();
            if (sameMinute && row.type() == existing.type() && within(row.movingMinutes(), existing.movingMinutes(), EXACT_DURATION_TOLERANCE)) {
                return new Match(Kind.EXACT, existing.id(), null);
            }
            return new Match(Kind.NEAR, existing.id(), "a session of the same day, starting at " + hm(b)
                    + (sameMinute ? "" : " (" + minutesApart + " min apart)") + differences(row, existing));
        }
        if (row.type() != existing.type() || !within(row.movingMinutes(), existing.movingMinutes(), DURATION_TOLERANCE)) {
            return Match.NEW;
        }
        if (a == null && b == null && within(row.movingMinutes(), existing.movingMinutes(), EXACT_DURATION_TOLERANCE)) {
            return new Match(Kind.EXACT, existing.id(), null);
        }
        return new Match(Kind.NEAR, existing.id(), "a session of the same day with the same type and a moving time within 5%"
                + (b != null ? ", starting at " + hm(b) : " and no start time") + differences(row, existing));
    }

    /** Compares a wellness day with the entry already recorded for that athlete and date, if any. */
    public static Match wellness(WellnessDetails row, Long existingId, WellnessDetails existing) {
        if (existingId == null) {
            return Match.NEW;
        }
        if (existing.equals(row)) {
            return new Match(Kind.EXACT, existingId, null);
        }
        return new Match(Kind.NEAR, existingId, "a wellness entry for " + row.date() + " with other values");
    }

    private static String differences(SessionDetails row, SessionFingerprint existing) {
        StringBuilder text = new StringBuilder();
        if (row.type() != existing.type()) {
            text.append("; type ").append(existing.type().code()).append(" there, ").append(row.type().code()).append(" here");
        }
        if (!within(row.movingMinutes(), existing.movingMinutes(), EXACT_DURATION_TOLERANCE)) {
            text.append("; moving ").append(minutes(existing.movingMinutes())).append(" there, ").append(minutes(row.movingMinutes()))
                    .append(" here");
        }
        return text.toString();
    }

    private static boolean within(Double a, Double b, double tolerance) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        double larger = Math.max(Math.abs(a), Math.abs(b));
        return Math.abs(a - b) <= Math.max(larger * tolerance, 0.5);
    }

    private static String minutes(Double value) {
        return value == null ? "none" : Math.round(value) + " min";
    }

    private static String hm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
