package app.loadwise.domain.common;

import java.time.LocalDate;

/** An inclusive range of local dates; either end may be open (null). */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        InvalidValueException.require(from == null || to == null || !from.isAfter(to), "from",
                "from (" + from + ") must not be after to (" + to + ")");
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }
}
