package app.loadwise.server.benchmark;

import app.loadwise.domain.migration.DatabaseMigrator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Nightly scoring at scale: 10,000 athletes in 100 clubs with a year of sessions and wellness in PostgreSQL,
 * scored for one week by the real job on Payara Micro with 1, 2 and 4 partitions, against one SQL query that
 * reads the same input. Run with {@code mvn -B -pl modules/app -am -Pscoring-benchmark -DskipTests verify}.
 */
public final class ScoringBenchmark {

    private static final int CLUBS = 100;
    private static final int ATHLETES = 10_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 24);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
    private static final String WEEK = "2026-W47";
    private static final String ADMIN = "benchmark";
    private static final String ADMIN_PASSWORD = "scoring benchmark passphrase";
    private static final LocalDate WEEK_MONDAY = LocalDate.of(2026, 11, 16);
    private static final String[] TYPES = {"EASY", "EASY", "EASY", "RECOVERY", "LONG", "TEMPO", "INTERVALS", "HILLS", "STRENGTH"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("loadwise.target", "modules/app/target"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(0).start()) {
            DataSource db = postgres.getPostgresDatabase();
            DatabaseMigrator.migrate(db);
            long t0 = System.nanoTime();
            long[] rows = generate(db);
            System.out.printf("Generated %,d athletes in %,d clubs: %,d sessions and %,d wellness entries in %.1f s%n",
                    ATHLETES, CLUBS, rows[0], rows[1], (System.nanoTime() - t0) / 1e9);
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
            double[] scan = scan(db);
            scan(db);
            scan = scan(db);
            System.out.printf("SQL scan of the job's input (70 days, all athletes): %,.0f rows in %.2f s = %,.0f rows/s%n",
                    scan[0], scan[1], scan[0] / scan[1]);

            Process app = startApp(target, postgres.getPort());
            try {
                String base = "http://127.0.0.1:18480/api/v1";
                awaitReady("http://127.0.0.1:18480/api/v1/clubs?size=1", app);
                List<String> lines = new ArrayList<>();
                JsonNode warmUp = runJob(base, 2);
                System.out.printf("warm-up run (not counted): %s in %s to %s%n", warmUp.get("status").asText(),
                        warmUp.get("startedAt").asText(), warmUp.get("endedAt").asText());
                for (int partitions : new int[] {1, 2, 4}) {
                    JsonNode run = runJob(base, partitions);
                    double seconds = Duration.between(Instant.parse(run.get("startedAt").asText()),
                            Instant.parse(run.get("endedAt").asText())).toMillis() / 1000.0;
                    lines.add(String.format("job, %d partition(s): %s, %,d read, %,d written, %,d skipped in %.2f s = %,.0f athletes/s, %.2f x the scan",
                            partitions, run.get("status").asText(), run.get("read").asLong(), run.get("written").asLong(),
                            run.get("skipped").asLong(), seconds, run.get("read").asLong() / seconds, seconds / scan[1]));
                    System.out.println(lines.get(lines.size() - 1));
                }
                System.out.printf("%nScan %.2f s; target: job at most 2 x the scan = %.2f s%n", scan[1], 2 * scan[1]);
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
    }

    private static long[] generate(DataSource db) throws Exception {
        Random random = new Random(42);
        long sessions = 0;
        long wellness = 0;
        try (Connection c = db.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder clubs = new StringBuilder();
            for (int club = 1; club <= CLUBS; club++) {
                clubs.append(club).append("\tClub ").append(club).append("\tEurope/Berlin\tMONDAY\tde-DE\t2025-01-01 00:00:00+00\t1\n");
            }
            copy.copyIn("COPY club (id, name, time_zone, first_day_of_week, locale, created_at, version) FROM STDIN",
                    new StringReader(clubs.toString()));
            StringBuilder athletes = new StringBuilder();
            for (int a = 1; a <= ATHLETES; a++) {
                athletes.append(a).append('\t').append(1 + (a - 1) % CLUBS).append("\tM-").append(a).append("\tAthlete ").append(a)
                        .append('\t').append(a % 2 == 0 ? "FEMALE" : "MALE").append('\t').append(1970 + a % 35).append('\t')
                        .append(new String[] {"BEGINNER", "INTERMEDIATE", "ADVANCED"}[a % 3]).append("\t190\t50\t\\N\ttrue\t1\n");
            }
            copy.copyIn("COPY athlete (id, club_id, member_id, name, sex, birth_year, level, max_hr, resting_hr, time_zone, active, version)"
                    + " FROM STDIN", new StringReader(athletes.toString()));
            long sessionId = 1;
            long wellnessId = 1;
            for (int from = 1; from <= ATHLETES; from += 500) {
                StringBuilder s = new StringBuilder(8_000_000);
                StringBuilder w = new StringBuilder(6_000_000);
                for (int a = from; a < from + 500 && a <= ATHLETES; a++) {
                    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
                        if (random.nextDouble() < 0.85) {
                            String type = TYPES[random.nextInt(TYPES.length)];
                            int minutes = 30 + random.nextInt(60);
                            s.append(sessionId++).append('\t').append(a).append('\t').append(day).append("\t07:30:00\t").append(type)
                                    .append('\t').append(minutes).append('\t').append(minutes + 5).append('\t').append(minutes / 6.0)
                                    .append('\t').append(2 + random.nextInt(8)).append("\t145\t170\t\\N\t\\N\t\\N\t\\N\tfalse\t\\N\t\\N\t\\N\t\\N\tfalse\t\\N\tapi\t\\N\t\\N\t")
                                    .append(a).append('|').append(day).append("|07:30\t1\n");
                            sessions++;
                        }
                        w.append(wellnessId++).append('\t').append(a).append('\t').append(day).append('\t')
                                .append(6 + random.nextInt(3)).append(".5\t3\t").append(48 + random.nextInt(6)).append('\t')
                                .append(60 + random.nextInt(20)).append("\t3\t3\t3\t3\t\\N\t1\n");
                        wellness++;
                    }
                }
                copy.copyIn("COPY training_session (id, athlete_id, local_date, start_time, session_type, moving_minutes,"
                        + " elapsed_minutes, distance_km, rpe, avg_hr, max_hr, warm_up_minutes, refuel_minutes, carbs_g, protein_g,"
                        + " pain, pain_location, pain_score, muscle_soreness, notes, excluded, excluded_reason, source_channel,"
                        + " source_import_id, source_row, natural_key, version) FROM STDIN", new StringReader(s.toString()));
                copy.copyIn("COPY wellness_entry (id, athlete_id, local_date, sleep_hours, sleep_quality, resting_hr, hrv_ms,"
                        + " fatigue, stress, mood, soreness, pain_note, version) FROM STDIN", new StringReader(w.toString()));
            }
            try (Statement st = c.createStatement()) {
                st.execute("SELECT setval('club_seq', 1000), setval('athlete_seq', 20000), setval('training_session_seq', "
                        + (sessionId + 1000) + "), setval('wellness_entry_seq', " + (wellnessId + 1000) + ")");
            }
        }
        return new long[] {sessions, wellness};
    }

    /** One query reading every session and wellness column the job reads, for all athletes, over its window. */
    private static double[] scan(DataSource db) throws Exception {
        LocalDate from = WEEK_MONDAY.minusDays(63);
        LocalDate to = WEEK_MONDAY.plusDays(6);
        String sql = "SELECT id, athlete_id, local_date, start_time, session_type, moving_minutes, elapsed_minutes, distance_km, rpe,"
                + " avg_hr, max_hr, warm_up_minutes, refuel_minutes, carbs_g, protein_g, pain, pain_location, pain_score,"
                + " muscle_soreness, excluded FROM training_session WHERE local_date BETWEEN ? AND ?"
                + " UNION ALL SELECT id, athlete_id, local_date, NULL, NULL, sleep_hours, hrv_ms, NULL, sleep_quality, resting_hr,"
                + " fatigue, stress, mood, soreness, NULL, NULL, pain_note, NULL, NULL, NULL FROM wellness_entry WHERE local_date BETWEEN ? AND ?";
        long start = System.nanoTime();
        long rows = 0;
        long checksum = 0;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(10_000);
                ps.setObject(1, from);
                ps.setObject(2, to);
                ps.setObject(3, from);
                ps.setObject(4, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        checksum += rs.getLong(2) + rs.getObject(3, LocalDate.class).getDayOfMonth();
                        for (int col = 4; col <= 20; col++) {
                            checksum += rs.getObject(col) == null ? 0 : 1;
                        }
                    }
                }
            }
        }
        if (checksum == 0) {
            throw new IllegalStateException("empty scan");
        }
        return new double[] {rows, (System.nanoTime() - start) / 1e9};
    }

    private static Process startApp(Path target, int pgPort) throws IOException {
        File log = target.resolve("scoring-benchmark-payara.log").toFile();
        ProcessBuilder payara = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx1g",
                "-Dloadwise.db.url=jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                "-Dloadwise.db.user=postgres", "-Dloadwise.db.password=postgres",
                "-Dloadwise.scoring.nightly.enabled=false",
                "-jar", target.resolve("payara-micro.jar").toString(),
                "--deploy", target.resolve("loadwise.war").toString(), "--contextroot", "/",
                "--port", "18480", "--nocluster",
                "--prebootcommandfile", target.resolve("../../../infra/payara/pre-boot-commands.asadmin").normalize().toString())
                .redirectErrorStream(true).redirectOutput(log);
        payara.environment().put("LOADWISE_ADMIN_USERNAME", ADMIN);
        payara.environment().put("LOADWISE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return payara.start();
    }

    /** Every request is made as the platform admin the app creates at start-up. */
    private static HttpRequest.Builder request(String url) {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials);
    }

    private static void awaitReady(String url, Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see target/scoring-benchmark-payara.log");
            }
            try {
                if (http.send(request(url).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("app not ready");
    }

    private static JsonNode runJob(String base, int partitions) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"week\":\"" + WEEK + "\",\"partitions\":" + partitions + ",\"chunkSize\":500,\"today\":\"2026-11-25\"}";
        HttpResponse<String> started = http.send(request(base + "/scoring/runs")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("start failed: " + started.body());
        }
        long id = JSON.readTree(started.body()).get("executionId").asLong();
        while (true) {
            HttpResponse<String> response = http.send(request(base + "/scoring/runs/" + id).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("reading run " + id + " failed: " + response.statusCode() + " " + response.body());
            }
            JsonNode run = JSON.readTree(response.body());
            String status = run.get("status").asText();
            if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("STOPPED")) {
                return run;
            }
            Thread.sleep(100);
        }
    }
}
