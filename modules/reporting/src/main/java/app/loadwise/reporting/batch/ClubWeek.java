package app.loadwise.reporting.batch;

import java.io.Serializable;

/** A club whose report of an ISO week (such as 2026-W47) is due. */
public record ClubWeek(long clubId, String week) implements Serializable {
}
