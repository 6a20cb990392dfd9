package app.loadwise.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app in a Payara Micro process of its own, for tests that kill a server and start it again. It logs
 * to a file in its work directory; {@link #kill()} is a kill -9.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the app with these system properties (database, import directory, ...) and waits until it answers. A
     * start that does not serve the app within two minutes fails with the end of its log and a thread dump, and its
     * whole log is kept under target/failed-payara-starts.
     */
    public static PayaraProcess start(Path workDir, Map<String, String> properties) {
        return start(workDir, properties, List.of("--nocluster"));
    }

    /** As {@link #start(Path, Map)}, with Payara Micro's cluster options instead of {@code --nocluster}. */
    public static PayaraProcess start(Path workDir, Map<String, String> properties, List<String> clusterOptions) {
        return start(workDir, properties, clusterOptions, "512m");
    }

    /** As {@link #start(Path, Map, List)}, with this maximum heap ({@code -Xmx}). */
    public static PayaraProcess start(Path workDir, Map<String, String> properties, List<String> clusterOptions, String maxHeap) {
        File target = new File(System.getProperty("loadwise.war", "target/loadwise.war")).getAbsoluteFile().getParentFile();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap));
        command.add("-Dloadwise.admin.username=" + Api.ADMIN_USERNAME);
        command.add("-Dloadwise.admin.password=" + Api.ADMIN_PASSWORD);
        command.add("-Dloadwise.scoring.nightly.enabled=false");
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", new File(target, "payara-micro.jar").getPath(), "--deploy", new File(target, "loadwise.war").getPath(),
                "--contextroot", "/", "--port", String.valueOf(port), "--prebootcommandfile",
                new File(target, "../../../infra/payara/pre-boot-commands.asadmin").getPath()));
        command.addAll(clusterOptions);
        Path log = workDir.resolve("payara-" + port + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            PayaraProcess payara = new PayaraProcess(process, port, log);
            try {
                payara.awaitReady();
            } catch (IllegalStateException notServing) {
                process.destroyForcibly();
                keepLog(log, target);
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw notServing;
            }
            return payara;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** kill -9: the JVM gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + 120_000;
        int lastStatus = 0;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting:\n" + logTail());
            }
            try {
                HttpURLConnection me = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/api/v1/me").toURL().openConnection();
                me.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (Api.ADMIN_USERNAME + ":" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
                me.setConnectTimeout(1000);
                me.setReadTimeout(5000);
                lastStatus = me.getResponseCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Payara Micro did not answer GET /api/v1/me with 200 within 2 minutes (last status "
                + lastStatus + "):\n" + logTail() + "\n" + threadDump());
    }

    /** The whole log of a start that failed, under target/ where the test's work folder does not remove it. */
    private static void keepLog(Path log, File target) {
        try {
            Path kept = target.toPath().resolve("failed-payara-starts");
            java.nio.file.Files.createDirectories(kept);
            java.nio.file.Files.copy(log, kept.resolve(System.currentTimeMillis() + "-" + log.getFileName()));
        } catch (IOException e) {
            System.out.println("PayaraProcess: the log of a failed start could not be kept: " + e.getMessage());
        }
    }

    /** The server's threads, to see where a start hangs. */
    private String threadDump() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return dump;
        } catch (IOException | InterruptedException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        }
    }

    /** The end of the server's log, for a test's failure message (the log's folder is removed after the test). */
    private String logTail() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * A free port below the system's ephemeral range (32768 and up on Linux): a port the system handed out itself
     * could be handed out again to a socket the server opens while starting, before it binds its HTTP port.
     */
    private static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
