package app.loadwise.recovery.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What a finding rests on: the days, the sessions, the values seen, the thresholds they crossed, and the words of a
 * note or text field that made it (quoted as written, e.g. "nagging", "achilles", "again"; empty for most rules).
 */
public record Evidence(List<LocalDate> dates, List<String> sessionIds, List<Measure> values, List<Measure> thresholds,
                       List<String> quotes) {

    public Evidence {
        dates = List.copyOf(dates);
        sessionIds = List.copyOf(sessionIds);
        values = List.copyOf(values);
        thresholds = List.copyOf(thresholds);
        quotes = List.copyOf(quotes);
    }

    /** Evidence without quoted words. */
    public Evidence(List<LocalDate> dates, List<String> sessionIds, List<Measure> values, List<Measure> thresholds) {
        this(dates, sessionIds, values, thresholds, List.of());
    }
}
