package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What an upload is, judged by its first bytes rather than its name. */
public enum FileKind {
    XLSX, CSV;

    private static final int PROBE = 4096;

    public static FileKind sniff(Path file) {
        byte[] head = new byte[PROBE];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, PROBE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (length == 0) {
            throw ImportFileException.unreadable("the file is empty.");
        }
        if (starts(head, length, 0x50, 0x4B, 0x03, 0x04)) {
            return XLSX;
        }
        if (starts(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            if (encryptedWorkbook(file)) {
                throw ImportFileException.unreadable("the workbook is protected with a password, so it cannot be read; save a "
                        + "copy without the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, cleared) "
                        + "and upload that.");
            }
            throw ImportFileException.unsupported("this is an Excel 97–2003 (.xls) workbook or another legacy Office file; "
                    + "save it as .xlsx or CSV and upload again.");
        }
        if (starts(head, length, 0x25, 0x50, 0x44, 0x46)) {
            throw ImportFileException.unsupported("this is a PDF, not a spreadsheet; upload an .xlsx or CSV file.");
        }
        if (starts(head, length, 0x50, 0x4B)) {
            throw ImportFileException.unreadable("the file looks like a truncated or damaged zip archive, not a readable .xlsx "
                    + "workbook; save it again and upload.");
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                throw ImportFileException.unsupported("the file is binary, not a spreadsheet; upload an .xlsx or CSV file.");
            }
        }
        return CSV;
    }

    /** Whether an OLE2 container is an .xlsx workbook encrypted with a password (Office keeps it as "EncryptedPackage"). */
    private static boolean encryptedWorkbook(Path file) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem ole = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            return ole.getRoot().getEntryNames().contains("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean starts(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
