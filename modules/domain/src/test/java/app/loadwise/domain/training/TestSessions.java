package app.loadwise.domain.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** Sessions for tests that need only the essentials of one. */
public final class TestSessions {

    private TestSessions() {
    }

    /** A session with date, start, type, moving minutes and RPE; the other fields unset. */
    public static SessionDetails basic(LocalDate date, LocalTime startTime, SessionType type, Double movingMinutes, Integer rpe) {
        return new SessionDetails(date, startTime, type, movingMinutes, null, null, rpe, null, null, null, null, null, null,
                false, null, null, null, null);
    }
}
