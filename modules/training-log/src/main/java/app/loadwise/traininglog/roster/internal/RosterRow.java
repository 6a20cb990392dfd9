package app.loadwise.traininglog.roster.internal;

import app.loadwise.domain.athlete.ExperienceLevel;
import app.loadwise.domain.athlete.Sex;
import java.time.ZoneId;
import java.util.Map;

/**
 * One data row of a roster file with the values read from it; a value is null where its cell is empty or its
 * column absent. {@code valid} is false when a cell of the row could not be read (its errors are reported apart).
 *
 * @param cells            the row's cells by column, with the header and place of each
 * @param birthYearColumn  the column the birth year came from (a birth year or a birth date column), or null
 * @param sheetIndex       the sheet's place among the file's sheets, from 0
 */
public record RosterRow(String sheet, int row, Map<RosterColumn, Cell> cells, String memberId, String name, Sex sex,
                        Integer birthYear, RosterColumn birthYearColumn, ExperienceLevel level, Integer maxHr,
                        Integer restingHr, ZoneId timeZone, boolean valid, int sheetIndex) {

    /** A cell as the file has it: the column's header as written, its place, its text. */
    public record Cell(String header, String ref, int index, String text) {
    }

    public RosterRow {
        cells = Map.copyOf(cells);
    }

    /** This row, marked as having an error. */
    public RosterRow invalid() {
        return new RosterRow(sheet, row, cells, memberId, name, sex, birthYear, birthYearColumn, level, maxHr, restingHr, timeZone,
                false, sheetIndex);
    }

    public Cell cell(RosterColumn column) {
        return cells.get(column);
    }

    public boolean has(RosterColumn column) {
        return cells.containsKey(column);
    }
}
