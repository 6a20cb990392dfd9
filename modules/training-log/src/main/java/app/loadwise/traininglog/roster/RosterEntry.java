package app.loadwise.traininglog.roster;

import java.util.List;

/**
 * One athlete of a roster file as the import leaves them: the row they come from, the athlete's id (null for one
 * still to be created), their values after the import, and for an update the fields that change.
 */
public record RosterEntry(String sheet, int row, Long athleteId, String memberId, String name, String sex, Integer birthYear,
                          String level, Integer maxHr, Integer restingHr, String timeZone, List<RosterChange> changes) {

    public RosterEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
