package app.loadwise.recovery.engine;

import java.time.LocalDate;
import java.util.List;

/** What a finding rests on: the days, the sessions, the values seen and the thresholds they crossed. */
public record Evidence(List<LocalDate> dates, List<String> sessionIds, List<Measure> values, List<Measure> thresholds) {

    public Evidence {
        dates = List.copyOf(dates);
        sessionIds = List.copyOf(sessionIds);
        values = List.copyOf(values);
        thresholds = List.copyOf(thresholds);
    }
}
