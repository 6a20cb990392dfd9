package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.RowProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sorts the errors, warnings and notes of an import into groups of the same problem in the same column, so that a
 * problem of 34 rows is said once with its rows listed and the one unusual message stands out. Two messages are the
 * same problem when they read alike once the cell's value, quoted words, words in brackets and numbers are set aside.
 */
public final class MessageGroups {

    /** Distinct groups kept; messages of further kinds are counted in none. */
    static final int MAX_GROUPS = 200;
    /** Row numbers kept per group; the count covers all. */
    static final int MAX_ROWS = 1_000;

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|‘[^’]*’");
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,:/-]\\d+)*");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    private final Map<String, Group> groups = new LinkedHashMap<>();

    private static final class Group {
        final String severity;
        final String sheet;
        final String column;
        final String columnRef;
        final String message;
        final String fix;
        final List<Integer> rows = new ArrayList<>();
        long count;
        /** Whether the messages differ in their values (then the first is given as an example). */
        boolean varies;

        Group(String severity, String sheet, String column, String columnRef, String message, String fix) {
            this.severity = severity;
            this.sheet = sheet;
            this.column = column;
            this.columnRef = columnRef;
            this.message = message;
            this.fix = fix;
        }
    }

    /** An error of a row's cell (or of the whole row). */
    public void error(RowProblem p) {
        add("error", p.sheet(), p.row(), p.column(), p.columnRef(), p.value(), p.problem(), p.fix());
    }

    public void warning(String sheet, int row, String message) {
        add("warning", sheet, row, null, null, null, message, null);
    }

    public void note(String sheet, int row, String message) {
        add("note", sheet, row, null, null, null, message, null);
    }

    private void add(String severity, String sheet, int row, String column, String columnRef, String value, String message,
                     String fix) {
        String key = severity + '\u0000' + sheet + '\u0000' + columnRef + '\u0000' + column + '\u0000' + shape(message, value)
                + '\u0000' + shape(fix, value);
        Group group = groups.get(key);
        if (group == null) {
            if (groups.size() >= MAX_GROUPS) {
                return;
            }
            group = new Group(severity, sheet, column, columnRef, message, fix);
            groups.put(key, group);
        }
        group.count++;
        group.varies |= !message.equals(group.message);
        if (group.rows.size() < MAX_ROWS && (group.rows.isEmpty() || group.rows.get(group.rows.size() - 1) != row)) {
            group.rows.add(row);
        }
    }

    /** The text with the value, quoted words and numbers set aside: what messages of one kind share. */
    static String shape(String text, String value) {
        if (text == null) {
            return "";
        }
        String shaped = value != null && !value.isBlank() ? text.replace(value, "…") : text;
        shaped = QUOTED.matcher(shaped).replaceAll("'…'");
        shaped = BRACKETED.matcher(shaped).replaceAll("(…)");
        return NUMBER.matcher(shaped).replaceAll("#");
    }

    /** The groups, errors first, then warnings, then notes, each in the order of their first row in the file. */
    public List<ImportView.MessageGroup> groups() {
        List<ImportView.MessageGroup> all = new ArrayList<>();
        for (String severity : List.of("error", "warning", "note")) {
            for (Group g : groups.values()) {
                if (g.severity.equals(severity)) {
                    all.add(view(g));
                }
            }
        }
        return all;
    }

    private static ImportView.MessageGroup view(Group g) {
        String rows = rowsText(g.rows, g.count);
        String column = RowProblem.columnText(g.columnRef, g.column);
        String summary = (g.count == 1 ? (g.sheet != null ? g.sheet + " " : "") + "row " + g.rows.get(0)
                : g.count + " rows" + (g.sheet != null ? " of " + g.sheet : "") + " (" + rows + ")")
                + (column != null ? ", " + column : "") + ": " + (g.varies ? "e.g. row " + g.rows.get(0) + ": " : "") + g.message
                + (g.fix != null ? "; " + g.fix : "");
        return new ImportView.MessageGroup(g.severity, g.sheet, g.column, g.columnRef, g.count, List.copyOf(g.rows), rows, g.message,
                g.fix, summary);
    }

    /** "2–35, 40, 44" — runs of consecutive rows as ranges; "…" when more rows than kept. */
    static String rowsText(List<Integer> rows, long count) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) {
                j++;
            }
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(rows.get(i));
            if (j > i) {
                text.append(j == i + 1 ? ", " : "–").append(rows.get(j));
            }
            i = j + 1;
        }
        if (count > rows.size()) {
            text.append(", …");
        }
        return text.toString();
    }
}
