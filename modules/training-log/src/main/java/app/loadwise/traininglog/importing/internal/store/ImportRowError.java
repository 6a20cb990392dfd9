package app.loadwise.traininglog.importing.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One thing wrong with one row of an import, located as the user sees it: sheet, row, column header and value. */
@Entity
@Table(name = "import_row_error")
public class ImportRowError {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_row_error_seq")
    @SequenceGenerator(name = "import_row_error_seq", sequenceName = "import_row_error_seq", allocationSize = 50)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private Long importId;

    @Column(length = 100)
    private String sheet;

    @Column(name = "row_no", nullable = false)
    private int row;

    @Column(name = "column_header", length = 200)
    private String column;

    @Column(name = "cell_value", length = 255)
    private String value;

    @Column(nullable = false, length = 1000)
    private String problem;

    @Column(length = 1000)
    private String fix;

    /** The column's letter (xlsx) or position from 1 (CSV); null for errors stored before it was kept. */
    @Column(name = "column_ref", length = 8)
    private String columnRef;

    protected ImportRowError() {
    }

    public ImportRowError(long importId, String sheet, int row, String column, String value, String problem, String fix,
                          String columnRef) {
        this.importId = importId;
        this.sheet = cut(sheet, 100);
        this.row = row;
        this.column = cut(column, 200);
        this.value = cut(value, 255);
        this.problem = cut(problem, 1000);
        this.fix = cut(fix, 1000);
        this.columnRef = cut(columnRef, 8);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public long importId() {
        return importId;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }

    public String columnRef() {
        return columnRef;
    }
}
