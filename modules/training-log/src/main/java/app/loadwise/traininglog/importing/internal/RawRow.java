package app.loadwise.traininglog.importing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * One row as read from a file: its number as the user sees it and its cell texts by column. A cell marked
 * {@code typed} holds a value the file stored as a number or date, written canonically (plain decimal with a point,
 * ISO date or time), so it is parsed without the club's locale. A cell marked {@code formula} (xlsx) holds a formula
 * whose value as last saved is its text: formulas are never run.
 */
public record RawRow(int number, List<String> cells, long typedMask, long formulaMask) {

    public static final int MAX_TYPED_COLUMNS = 64;

    public RawRow {
        cells = Collections.unmodifiableList(cells);
    }

    public RawRow(int number, List<String> cells, long typedMask) {
        this(number, cells, typedMask, 0L);
    }

    public static RawRow text(int number, List<String> cells) {
        return new RawRow(number, cells, 0L);
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    public boolean typed(int column) {
        return column >= 0 && column < MAX_TYPED_COLUMNS && (typedMask & (1L << column)) != 0;
    }

    /** Whether the cell holds a formula (its saved value is read); known for the first 64 columns of a workbook. */
    public boolean formula(int column) {
        return column >= 0 && column < MAX_TYPED_COLUMNS && (formulaMask & (1L << column)) != 0;
    }

    /** True when no cell holds anything but white space. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A fingerprint of rows built in memory: their SHA-256 (hex) and size, as a file's would be for its bytes. */
    public record Digest(String checksum, long size) {
    }

    /** The digest of rows: each cell's text in UTF-8, cells and rows parted by separators no text holds. */
    public static Digest digest(List<RawRow> rows) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        for (RawRow row : rows) {
            for (String cell : row.cells()) {
                byte[] bytes = (cell == null ? "" : cell).getBytes(StandardCharsets.UTF_8);
                sha256.update(bytes);
                sha256.update((byte) 0x1f);
                size += bytes.length + 1;
            }
            sha256.update((byte) 0x1e);
        }
        return new Digest(HexFormat.of().formatHex(sha256.digest()), size);
    }
}
