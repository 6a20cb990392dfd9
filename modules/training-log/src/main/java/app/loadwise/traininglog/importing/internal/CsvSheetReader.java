package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 file through Commons CSV: strict UTF-8 with or without a byte-order mark, the delimiter
 * (comma, semicolon or tab) detected from the first lines, and the decimal separator guessed from the numbers.
 */
public final class CsvSheetReader implements SheetReader {

    static final int SAMPLE_CHARS = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?(\\d+,\\d{1,2}|\\d+,\\d{4,}|\\d{1,3}(\\.\\d{3})+,\\d+)");
    private static final Pattern DECIMAL_POINT = Pattern.compile("-?(\\d+\\.\\d{1,2}|\\d+\\.\\d{4,}|\\d{1,3}(,\\d{3})+\\.\\d+)");

    private final Path file;
    private final char delimiter;
    private final Character decimalSeparator;
    private final int maxColumns;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private boolean started;

    public CsvSheetReader(Path file, int maxColumns) {
        this.file = file;
        this.maxColumns = maxColumns;
        String sample = sample(file);
        this.delimiter = detectDelimiter(sample);
        this.decimalSeparator = detectDecimalSeparator(sample, delimiter);
    }

    /** ',' or '.' when the file's numbers show it, else null (the club's locale decides). */
    public Character decimalSeparator() {
        return decimalSeparator;
    }

    @Override
    public boolean nextSheet() {
        if (started) {
            return false;
        }
        started = true;
        try {
            parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                    .parse(strictUtf8(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records = parser.iterator();
        return true;
    }

    @Override
    public String sheetName() {
        return null;
    }

    @Override
    public RawRow nextRow() {
        try {
            if (records == null || !records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.size() > maxColumns) {
                throw ImportFileException.unreadable("row " + record.getRecordNumber() + " has " + record.size()
                        + " columns; at most " + maxColumns + " are read. Remove the extra columns and upload again.");
            }
            List<String> cells = new ArrayList<>(record.size());
            for (String value : record) {
                cells.add(value);
            }
            return RawRow.text((int) record.getRecordNumber(), cells);
        } catch (UncheckedIOException e) {
            throw translate(e.getCause(), file);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw translate(io, file);
            }
            throw malformed(e);
        }
    }

    @Override
    public void close() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // reading is over; nothing to keep
            }
        }
    }

    private static ImportFileException translate(IOException e, Path file) {
        if (e instanceof CharacterCodingException) {
            long line = invalidUtf8Line(file);
            return ImportFileException.unreadable((line > 0 ? "line " + line + " of the file" : "the file") + " is not valid UTF-8 "
                    + "text (it was probably saved in another encoding, such as Windows-1252). Save it as \"CSV UTF-8\" (or as "
                    + ".xlsx) and upload again.");
        }
        return malformed(e);
    }

    /** Where the parser stopped, in the product's words: the library's message names its classes. */
    private static ImportFileException malformed(Exception e) {
        String at = null;
        for (Throwable t = e; t != null && at == null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher line = LINE.matcher(String.valueOf(t.getMessage()));
            at = line.find() ? line.group(1) : null;
        }
        return ImportFileException.unreadable("the CSV file is malformed" + (at != null ? " at line " + at : "")
                + ": a quoted value is not closed, or a quote is followed by other text before the next separator. Check the "
                + "quotes there and upload again.");
    }

    private static final Pattern LINE = Pattern.compile("\\bline:? (\\d+)");

    /** The line (from 1) holding the first byte that is not UTF-8; 0 when there is none or the file cannot be read. */
    static long invalidUtf8Line(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(65_536);
        CharBuffer out = CharBuffer.allocate(65_536);
        long line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (true) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    in.position(in.position() + read);
                }
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, end);
                    out.flip();
                    while (out.hasRemaining()) {
                        if (out.get() == '\n') {
                            line++;
                        }
                    }
                    out.clear();
                } while (result.isOverflow());
                if (result.isError()) {
                    return line;
                }
                if (end) {
                    return 0;
                }
                in.compact();
            }
        } catch (IOException e) {
            return 0;
        }
    }

    static Reader strictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream in = Files.newInputStream(file);
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder), 8192));
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private static String sample(Path file) {
        try (Reader reader = strictUtf8(file)) {
            char[] buffer = new char[SAMPLE_CHARS];
            int total = 0;
            int read;
            while (total < buffer.length && (read = reader.read(buffer, total, buffer.length - total)) > 0) {
                total += read;
            }
            return new String(buffer, 0, total);
        } catch (CharacterCodingException e) {
            throw translate(e, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The delimiter that splits the first lines (outside quotes) most often and most consistently. */
    static char detectDelimiter(String sample) {
        List<String> lines = firstLines(sample, 20);
        char best = ',';
        double bestScore = 0;
        for (char candidate : DELIMITERS) {
            int min = Integer.MAX_VALUE;
            int total = 0;
            int counted = 0;
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate);
                total += count;
                if (count > 0) {
                    min = Math.min(min, count);
                    counted++;
                }
            }
            if (counted == 0) {
                continue;
            }
            double score = (double) total / lines.size() + (counted == lines.size() ? min : 0);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    static Character detectDecimalSeparator(String sample, char delimiter) {
        int comma = 0;
        int point = 0;
        try (CSVParser sampleParser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(sample))) {
            for (CSVRecord record : sampleParser) {
                for (String value : record) {
                    String v = value.strip();
                    if (DECIMAL_COMMA.matcher(v).matches()) {
                        comma++;
                    } else if (DECIMAL_POINT.matcher(v).matches()) {
                        point++;
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // a sample cut inside a quoted field: decide on what was read
        }
        if (comma > point) {
            return ',';
        }
        if (point > comma) {
            return '.';
        }
        return delimiter == ';' ? ',' : null;
    }

    private static List<String> firstLines(String sample, int max) {
        List<String> lines = new ArrayList<>();
        for (String line : sample.split("\r?\n|\r")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
            if (lines.size() == max) {
                break;
            }
        }
        if (lines.size() > 1 && sample.length() >= SAMPLE_CHARS) {
            lines.remove(lines.size() - 1);
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        boolean quoted = false;
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
