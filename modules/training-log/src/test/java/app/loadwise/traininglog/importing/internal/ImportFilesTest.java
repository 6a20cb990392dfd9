package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.traininglog.importing.ImportFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

    @TempDir
    Path dir;

    @Test
    void keepsAnUploadWithItsChecksumAndSize() throws IOException {
        ImportFiles files = new ImportFiles(dir);
        ImportFiles.Received received = files.receive(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), 10);
        assertThat(received.size()).isEqualTo(3);
        assertThat(received.checksum()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Path kept = files.keep(received, 42);
        assertThat(kept).isEqualTo(dir.resolve("42.upload"));
        assertThat(Files.readString(kept)).isEqualTo("abc");
    }

    @Test
    void stopsReadingAtTheLimitAndKeepsNothing() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> new ImportFiles(dir).receive(endless, 1024 * 1024))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("larger than the limit of 1 MiB")
                .satisfies(e -> assertThat(((ImportFileException) e).status()).isEqualTo(413));
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void anUploadThatBreaksOffIsRefusedWithoutPathsAndKeepsNothing() throws IOException {
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 100) {
                    return 'x';
                }
                throw new IOException(dir.resolve("receiving-1f3e.part") + " (No space left on device)");
            }
        };
        assertThatThrownBy(() -> new ImportFiles(dir).receive(broken, 1024 * 1024))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("could not be received")
                .satisfies(e -> assertThat(((ImportFileException) e).status()).isEqualTo(400))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(dir.toString()).doesNotContain("receiving-"));
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
    }
}
