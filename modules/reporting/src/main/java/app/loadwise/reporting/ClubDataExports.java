package app.loadwise.reporting;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.export.ClubTable;
import app.loadwise.domain.export.ClubTables.RowPage;
import app.loadwise.reporting.internal.CsvZipExportSink;
import app.loadwise.reporting.internal.ExportReads;
import app.loadwise.reporting.internal.ExportSink;
import app.loadwise.reporting.internal.XlsxExportSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A club's full data export: every table that holds the club's data (secrets left out), as one workbook with a
 * sheet per table or as a zip of CSV files. Rows are read page by page in key order, each page in a short
 * transaction, and streamed out, so a club of any size exports in bounded memory.
 */
@ApplicationScoped
public class ClubDataExports {

    /** The two formats. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        CSV("application/zip", "zip");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        public static Format of(String value) {
            String v = value == null || value.isBlank() ? "xlsx" : value.strip().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "xlsx" -> XLSX;
                case "csv", "zip" -> CSV;
                default -> throw new InvalidValueException("format",
                        "format must be xlsx or csv, got '" + value + "'");
            };
        }
    }

    static final int PAGE_ROWS = 5_000;

    @Inject
    ExportReads reads;

    @Inject
    Clock clock;

    /** Checks that the club exists before anything is streamed. */
    public String fileName(long clubId, Format format) {
        reads.requireClub(clubId);
        return "loadwise-club-" + clubId + "-export-" + clock.instant().toString().substring(0, 10) + "." + format.extension();
    }

    public void write(long clubId, Format format, OutputStream out) throws IOException {
        try (ExportSink sink = format == Format.XLSX ? new XlsxExportSink(out) : new CsvZipExportSink(out)) {
            sink.manifest(clubId, clock.instant(), ClubTable.ALL.stream().map(ClubTable::name).toList());
            for (ClubTable table : ClubTable.ALL) {
                List<String> columns = reads.columns(table);
                sink.startTable(table.name(), columns);
                Object[] after = null;
                do {
                    RowPage page = reads.page(table, columns, clubId, after, PAGE_ROWS);
                    for (Object[] row : page.rows()) {
                        sink.row(row);
                    }
                    after = page.last();
                } while (after != null);
                sink.endTable();
            }
            sink.finish();
        }
    }
}
