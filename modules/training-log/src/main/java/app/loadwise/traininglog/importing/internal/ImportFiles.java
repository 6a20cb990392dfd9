package app.loadwise.traininglog.importing.internal;

import app.loadwise.traininglog.importing.ImportFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps uploaded files on disk while their import can still be committed: received under a temporary name with
 * their SHA-256 and size, refused past the size limit, then kept as {@code <import id>.upload}.
 */
public final class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

    /** A received file: where it is, its SHA-256 in hex and its size. */
    public record Received(Path path, String checksum, long size) {
    }

    private final Path directory;

    public ImportFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * Copies the upload to disk, stopping with 413 as soon as it passes {@code maxBytes}. An upload that breaks off is
     * refused (400); a file that cannot be written here is the server's failure (500, logged with its path). Neither
     * answer names a path of the server.
     */
    public Received receive(InputStream content, long maxBytes) {
        Path target;
        try {
            Files.createDirectories(directory);
            target = directory.resolve("receiving-" + UUID.randomUUID() + ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the import directory " + directory, e);
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size = 0;
        try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while (true) {
                try {
                    read = in.read(buffer);
                } catch (IOException broken) {
                    LOG.log(Level.FINE, "An upload broke off", broken);
                    throw ImportFileException.unreadable("the upload could not be received: the connection broke off or the"
                            + " multipart body is malformed. Send the file again.");
                }
                if (read <= 0) {
                    break;
                }
                size += read;
                if (size > maxBytes) {
                    throw ImportFileException.tooLarge("the file is larger than the limit of " + megabytes(maxBytes)
                            + "; split it into smaller files (the limit is set by LOADWISE_IMPORT_MAX_BYTES).");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            delete(target);
            throw new UncheckedIOException("cannot store the upload in " + target, e);
        } catch (RuntimeException e) {
            delete(target);
            throw e;
        }
        return new Received(target, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** Keeps a received file as the file of an import. */
    public Path keep(Received received, long importId) {
        try {
            return Files.move(received.path(), path(importId), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file", e);
        }
    }

    public Path path(long importId) {
        return directory.resolve(importId + ".upload");
    }

    public static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file does no harm
        }
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
