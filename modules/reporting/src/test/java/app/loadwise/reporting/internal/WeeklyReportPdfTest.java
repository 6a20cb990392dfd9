package app.loadwise.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook converts to PDF in LibreOffice headless, which fails on a file it would have to repair. Skips
 * where LibreOffice is not installed, except in CI ({@code CI=true}), where {@code .ci/run} installs it.
 */
class WeeklyReportPdfTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheReportToPdf() throws Exception {
        String soffice = soffice();
        Path xlsx = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new WeeklyReportWorkbook().write(ReportFixtures.smallClub(), out);
        }
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString())
                .redirectErrorStream(true).start();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
            fail("LibreOffice did not finish within 180 s: " + output);
        }
        assertThat(process.exitValue()).as(output).isZero();
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).as(output).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(5_000);
    }

    private static String soffice() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("soffice (LibreOffice) is not installed; in CI .ci/run installs libreoffice-calc");
        }
        Assumptions.abort("soffice (LibreOffice) is not installed");
        throw new IOException("unreachable");
    }
}
