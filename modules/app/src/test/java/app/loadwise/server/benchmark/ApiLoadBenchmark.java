package app.loadwise.server.benchmark;

import app.loadwise.server.testing.Api;
import app.loadwise.server.testing.PayaraProcess;
import app.loadwise.domain.migration.DatabaseMigrator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The API under load: a 200-athlete club with 16 weeks of sessions and wellness in PostgreSQL, its weeks scored by
 * the real job, served by one Payara Micro instance. Each request kind runs at 10, 50 and 100 connections for a
 * fixed time, after a warm-up, with a club API key (no password hashing per request); {@code GET /api/v1/me} in
 * the same run is the server's own ceiling (authentication and JSON, no data). Prints throughput, p50, p99, errors
 * and each figure's share of {@code /me}'s throughput at the same number of connections. Run with
 * {@code mvn -B -pl modules/app -am -Papi-load-benchmark -DskipTests verify}; never part of {@code mvn verify}.
 */
public final class ApiLoadBenchmark {

    private static final int ATHLETES = 200;
    private static final int WEEKS = 16;
    private static final LocalDate LAST_SUNDAY = LocalDate.of(2026, 11, 29);
    private static final String WEEK = "2026-W48";
    /** 1, or 2 for a cluster of two instances on loopback over the same PostgreSQL; connections alternate between them. */
    private static final int INSTANCES = Integer.getInteger("loadwise.load.instances", 1);
    private static final int[] CONNECTIONS = {10, 50, 100};
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("loadwise.load.warmup-seconds", 3));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("loadwise.load.seconds", 10));
    private static final String[] TYPES = {"EASY", "EASY", "EASY", "RECOVERY", "LONG", "TEMPO", "INTERVALS", "HILLS", "STRENGTH"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("loadwise.target", "modules/app/target"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(0).start()) {
            DataSource db = postgres.getPostgresDatabase();
            DatabaseMigrator.migrate(db);
            long rows = generate(db);
            System.out.printf("Generated one club of %d athletes with %,d sessions and wellness entries over %d weeks%n",
                    ATHLETES, rows, WEEKS);
            List<PayaraProcess> apps = startApps(target.resolve("api-load-benchmark"), postgres.getPort());
            try {
                List<String> bases = apps.stream().map(app -> app.url() + "api/v1").toList();
                String base = bases.get(0);
                scoreEveryWeek(base);
                String key = "Bearer " + apiKey(base);
                Map<String, Requests> kinds = kinds(bases, key);
                List<String> table = new ArrayList<>();
                table.add(String.format(Locale.ROOT, "%-34s %5s %9s %8s %8s %7s %8s", "request", "conns", "req/s", "p50 ms",
                        "p99 ms", "errors", "of /me"));
                for (int connections : CONNECTIONS) {
                    double ceiling = 0;
                    for (Map.Entry<String, Requests> kind : kinds.entrySet()) {
                        run(kind.getValue(), connections, WARM_UP);
                        Result result = run(kind.getValue(), connections, MEASURED);
                        if (ceiling == 0) {
                            ceiling = result.perSecond();
                        }
                        String line = String.format(Locale.ROOT, "%-34s %5d %9.0f %8.1f %8.1f %7d %7.0f%%", kind.getKey(), connections,
                                result.perSecond(), result.percentile(50), result.percentile(99), result.errors(),
                                100 * result.perSecond() / ceiling);
                        System.out.println(line);
                        table.add(line);
                    }
                }
                System.out.println();
                System.out.println("API load, " + (INSTANCES == 1 ? "one instance" : INSTANCES + " clustered instances, connections"
                        + " alternating between them") + ", " + MEASURED.toSeconds() + " s per row after " + WARM_UP.toSeconds()
                        + " s of warm-up:");
                table.forEach(System.out::println);
            } finally {
                for (PayaraProcess app : apps) {
                    app.close();
                }
            }
        }
    }

    /** The request a connection sends as its i-th. */
    private interface Requests {
        HttpRequest make(int connection, int i);
    }

    /** The request kinds, {@code /me} first; each call gives the request for the i-th request of a connection. */
    private static Map<String, Requests> kinds(List<String> bases, String key) {
        Map<String, Requests> kinds = new LinkedHashMap<>();
        kinds.put("GET /me", (c, i) -> get(bases.get(c % bases.size()) + "/me", key));
        kinds.put("GET /clubs/1/squad (200 athletes)", (c, i) -> get(bases.get(c % bases.size()) + "/clubs/1/squad?week=" + WEEK, key));
        kinds.put("GET /athletes/{id}/scores", (c, i) -> get(bases.get(c % bases.size()) + "/athletes/" + athlete(i) + "/scores", key));
        kinds.put("GET /athletes/{id}/sessions", (c, i) -> get(bases.get(c % bases.size()) + "/athletes/" + athlete(i) + "/sessions", key));
        AtomicLong written = new AtomicLong();
        kinds.put("POST /athletes/{id}/sessions", (c, i) -> {
            long n = written.incrementAndGet();
            String body = "{\"date\":\"" + LAST_SUNDAY.minusDays(n % 100) + "\",\"startTime\":\"" + String.format(Locale.ROOT,
                    "%02d:%02d", 5 + (n / 60) % 17, n % 60) + "\",\"type\":\"easy\",\"movingMinutes\":" + (20 + n % 60) + ",\"rpe\":3}";
            return HttpRequest.newBuilder(URI.create(bases.get(c % bases.size()) + "/athletes/" + athlete((int) (n / 1_000)) + "/sessions"))
                    .header("Authorization", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        });
        return kinds;
    }

    private static long athlete(int i) {
        return 1 + Math.floorMod(i * 7919L, ATHLETES);
    }

    private static HttpRequest get(String url, String key) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", key).GET().build();
    }

    private record Result(long count, long errors, long[] latenciesMicros, double seconds) {
        double perSecond() {
            return count / seconds;
        }

        double percentile(int p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, index)] / 1000.0;
        }
    }

    /** {@code connections} threads, each with its own client (one keep-alive connection), for the given time. */
    private static Result run(Requests requests, int connections, Duration time) throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        long[][] latencies = new long[connections][];
        long[] errors = new long[connections];
        CountDownLatch done = new CountDownLatch(connections);
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            int connection = c;
            Thread thread = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                long[] mine = new long[1 << 12];
                int n = 0;
                int i = connection * 100_003;
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(requests.make(connection, i++), HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() >= 300) {
                                errors[connection]++;
                            }
                        } catch (IOException e) {
                            errors[connection]++;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = (System.nanoTime() - t0) / 1_000;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[connection] = Arrays.copyOf(mine, n);
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all.length, Arrays.stream(errors).sum(), all, seconds);
    }

    /** One club, 200 athletes, a session on most days and a wellness entry every day for 16 weeks. */
    private static long generate(DataSource db) throws Exception {
        Random random = new Random(42);
        long rows = 0;
        LocalDate first = LAST_SUNDAY.minusWeeks(WEEKS).plusDays(1);
        try (Connection c = db.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY club (id, name, time_zone, first_day_of_week, locale, created_at, version) FROM STDIN",
                    new StringReader("1\tLoad Club\tEurope/Berlin\tMONDAY\tde-DE\t2025-01-01 00:00:00+00\t1\n"));
            StringBuilder athletes = new StringBuilder();
            for (int a = 1; a <= ATHLETES; a++) {
                athletes.append(a).append("\t1\tM-").append(a).append("\tAthlete ").append(a).append('\t')
                        .append(a % 2 == 0 ? "FEMALE" : "MALE").append('\t').append(1970 + a % 35).append('\t')
                        .append(new String[] {"BEGINNER", "INTERMEDIATE", "ADVANCED"}[a % 3]).append("\t190\t50\t\\N\ttrue\t1\n");
            }
            copy.copyIn("COPY athlete (id, club_id, member_id, name, sex, birth_year, level, max_hr, resting_hr, time_zone, active, version)"
                    + " FROM STDIN", new StringReader(athletes.toString()));
            StringBuilder sessions = new StringBuilder();
            StringBuilder wellness = new StringBuilder();
            long id = 1;
            for (int a = 1; a <= ATHLETES; a++) {
                for (LocalDate day = first; !day.isAfter(LAST_SUNDAY); day = day.plusDays(1)) {
                    if (random.nextDouble() < 0.8) {
                        int minutes = 30 + random.nextInt(60);
                        sessions.append(id).append('\t').append(a).append('\t').append(day).append("\t04:30:00\t")
                                .append(TYPES[random.nextInt(TYPES.length)]).append('\t').append(minutes).append('\t')
                                .append(minutes + 5).append('\t').append(minutes / 6.0).append('\t').append(2 + random.nextInt(8))
                                .append("\t145\t170\t\\N\t\\N\t\\N\t\\N\tfalse\t\\N\t\\N\t\\N\t\\N\tfalse\t\\N\tapi\t\\N\t\\N\t").append(a).append('|').append(day).append("|04:30\t1\n");
                        rows++;
                    }
                    wellness.append(id++).append('\t').append(a).append('\t').append(day).append('\t').append(6 + random.nextInt(3))
                            .append(".5\t3\t").append(48 + random.nextInt(6)).append("\t3\t3\t3\t3\t1\n");
                    rows++;
                }
            }
            copy.copyIn("COPY training_session (id, athlete_id, local_date, start_time, session_type, moving_minutes,"
                    + " elapsed_minutes, distance_km, rpe, avg_hr, max_hr, warm_up_minutes, refuel_minutes, carbs_g, protein_g,"
                    + " pain, pain_location, pain_score, muscle_soreness, notes, excluded, excluded_reason, source_channel,"
                    + " source_import_id, source_row, natural_key, version) FROM STDIN",
                    new StringReader(sessions.toString()));
            copy.copyIn("COPY wellness_entry (id, athlete_id, local_date, sleep_hours, sleep_quality, resting_hr, fatigue, stress,"
                    + " mood, soreness, version) FROM STDIN", new StringReader(wellness.toString()));
            try (Statement st = c.createStatement()) {
                st.execute("SELECT setval('club_seq', 1000), setval('athlete_seq', 1000), setval('training_session_seq', "
                        + (id + 1000) + "), setval('wellness_entry_seq', " + (id + 1000) + ")");
                st.execute("VACUUM ANALYZE");
            }
        }
        return rows;
    }

    /**
     * The instances, started together and answering, with 1 GiB of heap each, their logs in {@code work}; more than
     * one form a cluster on loopback.
     */
    private static List<PayaraProcess> startApps(Path work, int pgPort) throws IOException {
        Files.createDirectories(work);
        Map<String, String> properties = Map.of("loadwise.db.url", "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                "loadwise.db.user", "postgres", "loadwise.db.password", "postgres",
                "loadwise.api.rate-limit.per-minute", "100000000", "loadwise.api.rate-limit.burst", "100000000");
        List<Integer> gridPorts = new ArrayList<>();
        for (int instance = 0; instance < INSTANCES; instance++) {
            gridPorts.add(freePort());
        }
        String members = "tcpip:" + String.join(",", gridPorts.stream().map(port -> "127.0.0.1:" + port).toList());
        String cluster = "loadwise-load-" + System.nanoTime();
        List<CompletableFuture<PayaraProcess>> starting = new ArrayList<>();
        for (int port : gridPorts) {
            List<String> clusterOptions = INSTANCES == 1 ? List.of("--nocluster") : List.of("--clustername", cluster,
                    "--clustermode", members, "--startport", String.valueOf(port), "--interfaces", "127.0.0.1");
            starting.add(CompletableFuture.supplyAsync(() -> PayaraProcess.start(work, properties, clusterOptions, "1g")));
        }
        return starting.stream().map(CompletableFuture::join).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpRequest.Builder asAdmin(String url) {
        String credentials = Base64.getEncoder().encodeToString((Api.ADMIN_USERNAME + ":" + Api.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials);
    }

    /** Scores the club's 16 weeks with the real job, so the squad and score lists have data. */
    private static void scoreEveryWeek(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int back = WEEKS - 1; back >= 0; back--) {
            LocalDate sunday = LAST_SUNDAY.minusWeeks(back);
            String week = String.format(Locale.ROOT, "%d-W%02d", sunday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    sunday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            String body = "{\"club\":1,\"week\":\"" + week + "\",\"today\":\"" + sunday.plusDays(1) + "\"}";
            HttpResponse<String> started = http.send(asAdmin(base + "/scoring/runs").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                throw new IllegalStateException("scoring " + week + " did not start: " + started.body());
            }
            long id = JSON.readTree(started.body()).get("executionId").asLong();
            while (true) {
                JsonNode run = JSON.readTree(http.send(asAdmin(base + "/scoring/runs/" + id).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                String status = run.get("status").asText();
                if (status.equals("COMPLETED")) {
                    break;
                }
                if (!status.equals("STARTING") && !status.equals("STARTED")) {
                    throw new IllegalStateException("scoring " + week + " ended " + status);
                }
                Thread.sleep(200);
            }
        }
    }

    /** A read-write API key of the club, made by the platform admin. */
    private static String apiKey(String base) throws Exception {
        HttpResponse<String> made = HttpClient.newHttpClient().send(asAdmin(base + "/clubs/1/api-keys")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load\",\"scope\":\"read-write\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (made.statusCode() != 201) {
            throw new IllegalStateException("no API key: " + made.statusCode() + " " + made.body());
        }
        return JSON.readTree(made.body()).get("token").asText();
    }
}
