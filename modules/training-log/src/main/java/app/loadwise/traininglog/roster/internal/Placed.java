package app.loadwise.traininglog.roster.internal;

import app.loadwise.traininglog.importing.RowProblem;
import java.util.Comparator;
import java.util.List;

/** An error with its place in the file as numbers (sheet read, row, column from 0), to list errors in file order. */
public record Placed(int sheet, int row, int column, RowProblem problem) {

    private static final Comparator<Placed> FILE_ORDER = Comparator.comparingInt(Placed::sheet)
            .thenComparingInt(Placed::row).thenComparingInt(Placed::column);

    public static List<RowProblem> inFileOrder(List<Placed> placed) {
        return placed.stream().sorted(FILE_ORDER).map(Placed::problem).toList();
    }
}
