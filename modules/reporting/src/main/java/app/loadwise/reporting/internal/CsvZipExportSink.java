package app.loadwise.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A zip with one RFC 4180 CSV file (UTF-8, header row) per table and a manifest. A spreadsheet program opening a
 * CSV file runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return
 * before one) as a formula; such text is written with a leading apostrophe, so it shows as the text it is, as the
 * workbook export writes it as a text cell. Numbers, dates and instants are written as they are.
 */
public final class CsvZipExportSink implements ExportSink {

    private final ZipOutputStream zip;
    private final Writer writer;
    private CSVPrinter printer;
    private long rows;
    private final StringBuilder counts = new StringBuilder();
    private String table;

    public CsvZipExportSink(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    }

    @Override
    public void manifest(long clubId, Instant exportedAt, List<String> tables) {
        counts.append("Loadwise data export of club ").append(clubId).append(", ").append(exportedAt)
                .append("\nOne CSV file per table (UTF-8, RFC 4180, header row). Dates are ISO-8601, instants in UTC.\n")
                .append("Text starting with =, +, - or @ is written with a leading ' so that spreadsheet programs do not run it"
                        + " as a formula.\n")
                .append("Secrets (password hashes, API key hashes, webhook secrets) are not exported.\n\nrows per table:\n");
    }

    @Override
    public void startTable(String name, List<String> columns) throws IOException {
        table = name;
        rows = 0;
        zip.putNextEntry(new ZipEntry(name + ".csv"));
        printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }

    @Override
    public void row(Object[] cells) throws IOException {
        for (Object cell : cells) {
            String text = ExportSink.text(cell);
            printer.print(cell instanceof CharSequence || cell instanceof Clob ? inert(text) : text);
        }
        printer.println();
        rows++;
    }

    /** Text that a spreadsheet program would take for a formula, made inert with a leading apostrophe. */
    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    @Override
    public void endTable() throws IOException {
        printer.flush();
        writer.flush();
        zip.closeEntry();
        counts.append(table).append(": ").append(rows).append('\n');
    }

    @Override
    public void finish() throws IOException {
        zip.putNextEntry(new ZipEntry("export.txt"));
        writer.write(counts.toString());
        writer.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** The zip is left unfinished unless {@link #finish()} ran: without its central directory it does not open. */
    @Override
    public void close() {
    }
}
