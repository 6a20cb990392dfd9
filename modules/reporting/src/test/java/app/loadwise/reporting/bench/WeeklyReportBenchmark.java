package app.loadwise.reporting.bench;

import app.loadwise.reporting.ClubWeekReport;
import app.loadwise.reporting.internal.ReportFixtures;
import app.loadwise.reporting.internal.WeeklyReportWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Times the weekly report of a large club (default 5,000 athletes) and, in the same JVM, a raw SXSSF write of
 * the same number of cells (half text, half numbers, no styles); prints time, cells per second, peak heap and
 * file size of each. Run with {@code -Pbenchmark} (see docs/performance.md), never in {@code mvn verify}.
 */
public final class WeeklyReportBenchmark {

    private WeeklyReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int athletes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ClubWeekReport report = ReportFixtures.club(athletes);
        long cells = cellsOf(report);
        Path dir = Files.createTempDirectory("report-bench");
        System.out.printf(Locale.ROOT, "Weekly report benchmark: %,d athletes, %,d cells, max heap %d MiB, %d cores%n",
                athletes, cells, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        // Warm up both paths once.
        report(report, dir.resolve("warm.xlsx"));
        raw(cells, dir.resolve("warm-raw.xlsx"));

        for (int round = 1; round <= rounds; round++) {
            Result r = measure(() -> report(report, dir.resolve("report.xlsx")), dir.resolve("report.xlsx"));
            Result w = measure(() -> raw(cells, dir.resolve("raw.xlsx")), dir.resolve("raw.xlsx"));
            System.out.printf(Locale.ROOT, "round %d: report %,d ms (%,.0f cells/s, peak heap %d MiB, %,d KiB)"
                            + " | raw SXSSF %,d ms (%,.0f cells/s, peak heap %d MiB, %,d KiB) | report/raw %.2f%n",
                    round, r.millis, cells * 1000.0 / r.millis, r.peakHeapMiB, r.bytes >> 10,
                    w.millis, cells * 1000.0 / w.millis, w.peakHeapMiB, w.bytes >> 10, (double) r.millis / w.millis);
        }
    }

    /** Cells the report writes: data rows of every sheet plus headers (the summary and about sheets are small). */
    static long cellsOf(ClubWeekReport report) {
        int n = report.athletes().size();
        long findings = report.athletes().stream().mapToLong(a -> a.findings().size()).sum();
        int weeks = report.trendWeeks().size();
        return 19L * (n + 1) + 9L * (findings + 1) + (3L + 2L * weeks) * (n + 1) + 4L * (weeks + 1) + 100;
    }

    private static void report(ClubWeekReport report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new WeeklyReportWorkbook().write(report, out);
        }
    }

    /** The baseline: the same number of cells in rows of 20, alternating text and numbers, no styles. */
    private static void raw(long cells, Path file) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Raw");
            long written = 0;
            for (int r = 0; written < cells; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 20 && written < cells; c++, written++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue("Athlete " + r);
                    } else {
                        row.createCell(c).setCellValue(r * 1.5 + c);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private record Result(long millis, long peakHeapMiB, long bytes) {
    }

    private static Result measure(Work work, Path file) throws IOException {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        work.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Result(Math.max(1, millis), peak >> 20, Files.size(file));
    }
}
