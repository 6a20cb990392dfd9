package app.loadwise.traininglog.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.loadwise.traininglog.importing.ImportFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RowsAheadTest {

    @TempDir
    Path dir;

    private Path sessions(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("Member ID,Date,Type,Minutes\n");
        for (int i = 0; i < rows; i++) {
            csv.append("M-1,").append(LocalDate.of(2025, 1, 1).plusDays(i)).append(",easy,").append(30 + i % 20).append('\n');
        }
        return Files.writeString(dir.resolve("rows.csv"), csv, StandardCharsets.UTF_8);
    }

    private static UploadScanner scanner(Path file, long maxRows) {
        return new UploadScanner(file, new FormatDetector(List.of()),
                new UploadScanner.Settings(Locale.UK, ZoneId.of("Europe/Berlin"), false, 512, maxRows, null));
    }

    private static List<Integer> rowNumbers(RowsAhead rows) {
        List<Integer> numbers = new ArrayList<>();
        for (UploadScanner.Scanned row = rows.next(); row != null; row = rows.next()) {
            numbers.add(row.outcome().row());
        }
        return numbers;
    }

    @Test
    void handsOutEveryRowInFileOrderThroughASmallQueue() throws IOException {
        try (RowsAhead rows = new RowsAhead(scanner(sessions(500), 1_000), 0, 7, RowsAhead.plainThreads())) {
            List<Integer> numbers = rowNumbers(rows);
            assertThat(numbers).hasSize(500);
            assertThat(numbers.get(0)).isEqualTo(2);
            assertThat(numbers).isSorted().doesNotHaveDuplicates();
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void skipsTheRowsAnEarlierAttemptHandedOut() throws IOException {
        try (RowsAhead rows = new RowsAhead(scanner(sessions(100), 1_000), 40, 10, RowsAhead.plainThreads())) {
            List<Integer> numbers = rowNumbers(rows);
            assertThat(numbers).hasSize(60);
            assertThat(numbers.get(0)).isEqualTo(42);
        }
    }

    @Test
    void throwsWhatStoppedTheReadingAfterTheRowsBeforeIt() throws IOException {
        try (RowsAhead rows = new RowsAhead(scanner(sessions(100), 30), 0, 5, RowsAhead.plainThreads())) {
            List<Integer> before = new ArrayList<>();
            assertThatThrownBy(() -> {
                UploadScanner.Scanned row;
                while ((row = rows.next()) != null) {
                    before.add(row.outcome().row());
                }
            }).isInstanceOf(ImportFileException.class).hasMessageContaining("more than 30 data rows");
            assertThat(before).hasSize(30);
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws IOException {
        Thread[] reading = new Thread[1];
        RowsAhead rows = new RowsAhead(scanner(sessions(2_000), 10_000), 0, 3, runnable -> {
            reading[0] = new Thread(runnable);
            return reading[0];
        });
        assertThat(rows.next()).isNotNull();
        rows.close();
        assertThat(reading[0].isAlive()).isFalse();
    }

    @Test
    @Timeout(20)
    void aReadingThreadInterruptedWhileWaitingEndsInAnErrorNotAHang() throws Exception {
        Thread[] reading = new Thread[1];
        try (RowsAhead rows = new RowsAhead(scanner(sessions(500), 1_000), 0, 2, runnable -> {
            reading[0] = new Thread(runnable);
            return reading[0];
        })) {
            assertThat(rows.next()).isNotNull();
            // the queue is full and the reader waits to put the next row
            reading[0].interrupt();
            reading[0].join(5_000);
            assertThat(reading[0].isAlive()).isFalse();
            assertThatThrownBy(() -> {
                while (rows.next() != null) {
                    // the rows queued before the interrupt
                }
            }).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped before its end");
        }
    }
}
