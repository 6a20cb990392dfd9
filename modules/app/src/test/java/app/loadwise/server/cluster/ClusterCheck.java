package app.loadwise.server.cluster;

import app.loadwise.server.testing.Api;
import app.loadwise.server.testing.PayaraProcess;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * {@code ./loadwise cluster-check}: starts PostgreSQL (the embedded one the tests use) and two Payara Micro instances
 * clustered by Hazelcast on loopback (a cluster name of its own, TCP/IP discovery of the two loopback ports only),
 * runs the checks, stops everything it started and prints one line per check. Exits 1 when a check fails.
 */
public final class ClusterCheck {

    private static final String WEEK = "2026-W40";
    private static final int SQUAD = 150;
    private static final int IMPORT_ROWS = 300_000;
    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(20);
    private static final int RATE_PER_MINUTE = 60;
    private static final int BURST = 30;
    private static final int BLOCK = 2;
    /** Failed sign-ins a username may have at once from one address (RateLimiter.FAILED_SIGN_IN_BURST). */
    private static final int FAILED_SIGN_IN_BURST = 20;

    private final List<String> lines = new ArrayList<>();
    private boolean failed;

    private ClusterCheck() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        ClusterCheck check = new ClusterCheck();
        check.run();
        System.out.println();
        System.out.println("Cluster check, " + (System.nanoTime() - started) / 1_000_000_000 + " s:");
        check.lines.forEach(System.out::println);
        System.exit(check.failed ? 1 : 0);
    }

    private void run() throws Exception {
        Path work = Files.createTempDirectory("loadwise-cluster-check");
        mail = new SmtpSink();
        int pgPort = freePort();
        postgresBuilder = EmbeddedPostgres.builder().setPort(pgPort)
                .setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(false);
        postgres = postgresBuilder.start();
        String jdbc = "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres";
        Map<String, String> properties = new HashMap<>();
        properties.put("loadwise.db.url", jdbc);
        properties.put("loadwise.db.user", "postgres");
        properties.put("loadwise.db.password", "postgres");
        properties.put("loadwise.import.dir", work.resolve("imports").toString());
        properties.put("loadwise.jobs.lease-timeout-seconds", String.valueOf(LEASE_TIMEOUT.toSeconds()));
        properties.put("loadwise.report.weekly.enabled", "false");
        properties.put("loadwise.mail.host", "127.0.0.1");
        properties.put("loadwise.mail.port", String.valueOf(mail.port()));
        properties.put("loadwise.mail.from", "loadwise@cluster-check.invalid");
        properties.put("loadwise.api.rate-limit.per-minute", String.valueOf(RATE_PER_MINUTE));
        properties.put("loadwise.api.rate-limit.burst", String.valueOf(BURST));
        properties.put("loadwise.api.rate-limit.block", String.valueOf(BLOCK));
        // the night's time has just passed: each instance catches the night up as it starts
        properties.put("loadwise.scoring.nightly.enabled", "true");
        properties.put("loadwise.scoring.nightly.zone", "UTC");
        properties.put("loadwise.scoring.nightly.time",
                LocalTime.now(ZoneOffset.UTC).minusMinutes(1).format(DateTimeFormatter.ofPattern("HH:mm")));
        int hazelcastA = freePort();
        int hazelcastB = freePort();
        String cluster = "loadwise-check-" + UUID.randomUUID().toString().substring(0, 8);
        String members = "tcpip:127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB;

        PayaraProcess a = null;
        PayaraProcess b = null;
        try {
            CompletableFuture<PayaraProcess> startA = CompletableFuture.supplyAsync(() -> PayaraProcess.start(work, properties,
                    List.of("--clustername", cluster, "--clustermode", members, "--startport", String.valueOf(hazelcastA),
                            "--interfaces", "127.0.0.1")));
            CompletableFuture<PayaraProcess> startB = CompletableFuture.supplyAsync(() -> PayaraProcess.start(work, properties,
                    List.of("--clustername", cluster, "--clustermode", members, "--startport", String.valueOf(hazelcastB),
                            "--interfaces", "127.0.0.1")));
            a = startA.join();
            b = startB.join();
            Api onA = new Api(a.url());
            Api onB = new Api(b.url());
            PayaraProcess first = a;
            PayaraProcess second = b;

            check("both instances serve the API and form one cluster", () -> bothServe(first, second, onA, onB));
            check("a browser session started on A is valid on B", () -> sessionAcross(onA, onB));
            check("an import uploaded on A is committed on B", () -> importAcross(onA, onB));
            check("an API key's rate limit holds for both instances together", () -> sharedApiLimit(onA, onB));
            check("failed sign-ins are limited for both instances together", () -> sharedSignInLimit(onA, onB));
            check("the nightly run started once for the night, with both timers", () -> nightlyOnce(onA));
            long squad = squad(onA);
            check("a scoring run in progress on A refuses a run started on B (409)", () -> refusedAcross(onA, onB, squad));
            check("a report week is mailed once when both instances run the weekly report job", () -> mailedOnce(onA, onB, squad));
            check("an import commit and a scoring run whose instance is killed are taken over, every row and score once",
                    () -> takenOver(first, onA, onB, squad, jdbc));
            check("PostgreSQL stopped for 30 s: ready is DOWN, the API answers 503 within 5 s, then recovers",
                    () -> outage(second, onB));
        } finally {
            for (PayaraProcess instance : new PayaraProcess[] {a, b}) {
                if (instance != null) {
                    instance.close();
                }
            }
            if (postgres != null) {
                postgres.close();
            }
            mail.close();
            deleteQuietly(work);
        }
    }

    private SmtpSink mail;
    private EmbeddedPostgres.Builder postgresBuilder;
    private EmbeddedPostgres postgres;

    private interface Check {
        String run() throws Exception;
    }

    private void check(String name, Check check) {
        long started = System.nanoTime();
        String line;
        try {
            String detail = check.run();
            line = String.format(Locale.ROOT, "PASS  %-100s %6.1f s  %s", name, (System.nanoTime() - started) / 1e9, detail);
        } catch (Exception | AssertionError e) {
            failed = true;
            String why = String.valueOf(e.getMessage()).strip().replaceAll("\\s*\\n\\s*", " ");
            line = String.format(Locale.ROOT, "FAIL  %-100s %6.1f s  %s", name, (System.nanoTime() - started) / 1e9, why);
        }
        System.out.println(line);
        lines.add(line);
    }

    private static String bothServe(PayaraProcess a, PayaraProcess b, Api onA, Api onB) throws Exception {
        onA.json().get("/me").then().statusCode(200);
        onB.json().get("/me").then().statusCode(200);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (joined(a.log()) || joined(b.log())) {
                return "both answer GET /api/v1/me; the data grid reports the other instance joined";
            }
            Thread.sleep(500);
        }
        throw new AssertionError("neither instance's data grid reported the other joining (see " + a.log() + ", " + b.log() + ")");
    }

    private static boolean joined(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8).contains("Data Grid Instance Added");
    }

    private static String sessionAcross(Api onA, Api onB) {
        Response signedIn = RestAssured.given().baseUri(onA.base()).contentType("application/json")
                .body(Map.of("username", Api.ADMIN_USERNAME, "password", Api.ADMIN_PASSWORD)).post("/session");
        signedIn.then().statusCode(201);
        String cookie = signedIn.getCookie("loadwise_session");
        String csrf = signedIn.jsonPath().getString("csrfToken");
        RestAssured.given().baseUri(onB.base()).cookie("loadwise_session", cookie).get("/me").then().statusCode(200);
        long club = RestAssured.given().baseUri(onB.base()).cookie("loadwise_session", cookie).header("X-CSRF-Token", csrf)
                .contentType("application/json").body(Map.of("name", "Session Club", "timeZone", "Europe/Berlin", "locale", "en-GB"))
                .post("/clubs").then().statusCode(201).extract().jsonPath().getLong("id");
        RestAssured.given().baseUri(onB.base()).cookie("loadwise_session", cookie).header("X-CSRF-Token", csrf)
                .delete("/session").then().statusCode(204);
        RestAssured.given().baseUri(onA.base()).cookie("loadwise_session", cookie).get("/me").then().statusCode(401);
        return "signed in on A, read and wrote (club " + club + ") on B with the cookie and CSRF token, signed out on B, refused on A";
    }

    private static String importAcross(Api onA, Api onB) throws InterruptedException {
        long club = onA.newClub();
        long athlete = onA.newAthlete(club);
        int rows = 2_000;
        long id = upload(onA, club, athlete, rows);
        awaitImport(onB, id, "validated");
        int commit = onB.json().post("/imports/" + id + "/commit").then().extract().statusCode();
        if (commit != 200 && commit != 202) {
            throw new AssertionError("the commit on B answered " + commit);
        }
        JsonPath committed = awaitImport(onA, id, "committed");
        long imported = committed.getLong("counts.imported");
        if (imported != rows) {
            throw new AssertionError("committed " + imported + " of " + rows + " rows");
        }
        long stored = onA.json().queryParam("size", 1).get("/athletes/" + athlete + "/sessions").then().statusCode(200)
                .extract().jsonPath().getLong("total");
        if (stored != rows) {
            throw new AssertionError(stored + " sessions stored, " + rows + " expected");
        }
        return "uploaded and checked through A, committed through B, " + rows + " of " + rows + " rows stored";
    }

    private static String sharedApiLimit(Api onA, Api onB) {
        long club = onA.newClub();
        String token = onA.json().body(Map.of("name", "cluster check", "scope", "read")).post("/clubs/" + club + "/api-keys")
                .then().statusCode(201).extract().jsonPath().getString("token");
        Api keyOnA = onA.withKey(token);
        Api keyOnB = onB.withKey(token);
        int requests = 2 * BURST + 20;
        int allowed = 0;
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            int status = (i % 2 == 0 ? keyOnA : keyOnB).json().get("/me").then().extract().statusCode();
            if (status == 200) {
                allowed++;
            } else if (status == 429) {
                refused++;
            } else {
                throw new AssertionError("GET /me answered " + status);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int bound = (int) (BURST + Math.ceil(seconds * RATE_PER_MINUTE / 60.0) + 2 * (BLOCK - 1));
        if (allowed > bound || refused == 0) {
            throw new AssertionError(allowed + " of " + requests + " requests allowed in " + seconds + " s; at most " + bound
                    + " for the cluster (instances counting alone would allow about " + 2 * BURST + ")");
        }
        return String.format(Locale.ROOT, "%d of %d requests alternating A and B allowed in %.1f s (cluster bound %d: burst %d,"
                + " refill, 2 x (block %d - 1)), %d refused with 429", allowed, requests, seconds, bound, BURST, BLOCK, refused);
    }

    private static String sharedSignInLimit(Api onA, Api onB) {
        String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        int attempts = FAILED_SIGN_IN_BURST + 4;
        int firstRefused = -1;
        for (int i = 0; i < attempts; i++) {
            int status = (i % 2 == 0 ? onA : onB).asUser(username, "wrong password " + i).json().get("/me")
                    .then().extract().statusCode();
            if (status == 429 && firstRefused < 0) {
                firstRefused = i + 1;
            } else if (status != 401 && status != 429) {
                throw new AssertionError("a wrong password was answered " + status);
            }
        }
        if (firstRefused < 0 || firstRefused > FAILED_SIGN_IN_BURST + 2) {
            throw new AssertionError("wrong passwords alternating A and B were refused first at attempt " + firstRefused
                    + "; the cluster allows " + FAILED_SIGN_IN_BURST + " (instances counting alone would allow " + 2 * FAILED_SIGN_IN_BURST + ")");
        }
        return "wrong passwords alternating A and B: refused (429) from attempt " + firstRefused + ", after "
                + FAILED_SIGN_IN_BURST + " for the cluster, not " + FAILED_SIGN_IN_BURST + " per instance";
    }

    /** An athlete's log of {@code rows} sessions, ten a day, ending before today, uploaded through {@code api}. */
    private static long upload(Api api, long club, long athlete, int rows) {
        StringBuilder csv = new StringBuilder("Date,Start,Type,Minutes,RPE\n");
        LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(rows / 10 + 2);
        for (int i = 0; i < rows; i++) {
            csv.append(firstDay.plusDays(i / 10)).append(',').append(String.format(Locale.ROOT, "%02d:00", 6 + i % 10))
                    .append(",easy,").append(30 + i % 40).append(",3\n");
        }
        return api.plain().multiPart("file", "season.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("athleteId", String.valueOf(athlete)).post("/clubs/" + club + "/imports")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 202)).extract().jsonPath().getLong("id");
    }

    private static JsonPath awaitImport(Api api, long id, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        JsonPath view;
        do {
            Thread.sleep(250);
            view = api.json().get("/imports/" + id).then().statusCode(200).extract().jsonPath();
        } while (!status.equals(view.getString("status")) && System.currentTimeMillis() < deadline);
        if (!status.equals(view.getString("status"))) {
            throw new AssertionError("import " + id + " is " + view.getString("status") + ", not " + status + ": " + view.getString("message"));
        }
        return view;
    }

    private static String nightlyOnce(Api onA) throws InterruptedException {
        JsonPath runs = onA.json().get("/scoring/runs").then().statusCode(200).extract().jsonPath();
        List<Long> ids = runs.getList("items.executionId", Long.class);
        if (ids.size() != 1) {
            throw new AssertionError(ids.size() + " scoring runs after both instances caught the night up: " + ids);
        }
        JsonPath done = onA.awaitRun("/scoring/runs/" + ids.get(0), "COMPLETED");
        return "one run (" + ids.get(0) + ", " + done.getString("status") + ") for " + LocalDate.now(ZoneOffset.UTC);
    }

    /** A club of SQUAD athletes, each with a session in the week that is scored. */
    private static long squad(Api api) {
        long club = api.newClub();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < SQUAD; i++) {
            items.add(Map.of("memberId", "CL-" + i, "name", "Cluster Runner " + i, "date", "2026-09-29", "type", "easy",
                    "movingMinutes", 40, "rpe", 3));
        }
        api.json().body(Map.of("items", items, "createAthletes", true)).post("/clubs/" + club + "/sessions/bulk")
                .then().statusCode(200);
        return club;
    }

    private static long startRun(Api api, long club) {
        return api.json().body(Map.of("week", WEEK, "club", club, "partitions", 1, "chunkSize", 1, "today", "2026-10-10"))
                .post("/scoring/runs").then().statusCode(202).extract().jsonPath().getLong("executionId");
    }

    private static String refusedAcross(Api onA, Api onB, long club) {
        long run = startRun(onA, club);
        String detail = onB.json().body(Map.of("club", club)).post("/scoring/runs").then().statusCode(409)
                .extract().jsonPath().getString("detail");
        onA.awaitRun("/scoring/runs/" + run, "COMPLETED");
        return "B answered 409: " + detail;
    }

    private String mailedOnce(Api onA, Api onB, long club) throws Exception {
        onA.json().body(Map.of("email", "coaches@cluster-check.invalid", "name", "Coaches"))
                .post("/clubs/" + club + "/report-recipients").then().statusCode(201);
        // the Monday after the scored week, past the report time: both runs find the club-week due
        Map<String, String> at = Map.of("at", "2026-10-05T07:00:00Z");
        CompletableFuture<Long> onFirst = CompletableFuture.supplyAsync(() -> onA.json().body(at).post("/reports/runs")
                .then().statusCode(202).extract().jsonPath().getLong("executionId"));
        CompletableFuture<Long> onSecond = CompletableFuture.supplyAsync(() -> onB.json().body(at).post("/reports/runs")
                .then().statusCode(202).extract().jsonPath().getLong("executionId"));
        long first = onFirst.join();
        long second = onSecond.join();
        onA.awaitRun("/reports/runs/" + first, "COMPLETED");
        onB.awaitRun("/reports/runs/" + second, "COMPLETED");
        Thread.sleep(3_000);
        String delivery = onA.json().get("/clubs/" + club + "/report-deliveries/" + WEEK).then().statusCode(200)
                .extract().jsonPath().getString("status");
        if (mail.messages() != 1 || !"sent".equals(delivery)) {
            throw new AssertionError(mail.messages() + " messages received, delivery " + delivery + "; one sent expected");
        }
        return "runs " + first + " on A and " + second + " on B at once: 1 message received, delivery of " + WEEK + " sent";
    }

    private static String takenOver(PayaraProcess a, Api onA, Api onB, long club, String jdbc) throws Exception {
        execute(jdbc, "DELETE FROM weekly_score_finding WHERE weekly_score_id IN (SELECT id FROM weekly_score WHERE iso_week = '"
                + WEEK + "'); DELETE FROM weekly_score WHERE iso_week = '" + WEEK + "'");
        long importClub = onA.newClub();
        long athlete = onA.newAthlete(importClub);
        long importId = upload(onA, importClub, athlete, IMPORT_ROWS);
        awaitImport(onA, importId, "validated");
        onA.json().post("/imports/" + importId + "/commit").then().statusCode(202);
        long deadline = System.currentTimeMillis() + 60_000;
        while (importProgress(onA, importId) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        long run = startRun(onA, club);
        while (onA.json().get("/scoring/runs/" + run).jsonPath().getInt("read") == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        a.kill();
        long killedAt = System.currentTimeMillis();
        long scoredAtKill = count(jdbc, "SELECT COUNT(*) FROM weekly_score WHERE iso_week = '" + WEEK + "'");
        long rowsAtKill = count(jdbc, "SELECT COUNT(*) FROM training_session WHERE athlete_id = " + athlete);
        if (scoredAtKill >= SQUAD || rowsAtKill >= IMPORT_ROWS) {
            throw new AssertionError("a job had finished before the kill: " + scoredAtKill + " scores, " + rowsAtKill + " rows");
        }
        long end = System.currentTimeMillis() + LEASE_TIMEOUT.toMillis() + 120_000;
        Long runDone = null;
        Long importDone = null;
        long restartedAs = 0;
        while (System.currentTimeMillis() < end && (runDone == null || importDone == null)) {
            if (runDone == null) {
                JsonPath latest = onB.json().get("/scoring/runs").then().statusCode(200).extract().jsonPath();
                restartedAs = latest.getLong("items[0].executionId");
                if ("COMPLETED".equals(latest.getString("items[0].status")) && restartedAs != run) {
                    runDone = System.currentTimeMillis() - killedAt;
                }
            }
            if (importDone == null && "committed".equals(onB.json().get("/imports/" + importId).jsonPath().getString("status"))) {
                importDone = System.currentTimeMillis() - killedAt;
            }
            Thread.sleep(500);
        }
        if (runDone == null || importDone == null) {
            throw new AssertionError((runDone == null ? "run " + run : "import " + importId) + " was not taken over within "
                    + (LEASE_TIMEOUT.toSeconds() + 120) + " s of the kill");
        }
        long scored = count(jdbc, "SELECT COUNT(*) FROM weekly_score WHERE iso_week = '" + WEEK + "'");
        long scoredAthletes = count(jdbc, "SELECT COUNT(DISTINCT athlete_id) FROM weekly_score WHERE iso_week = '" + WEEK + "'");
        long rows = count(jdbc, "SELECT COUNT(*) FROM training_session WHERE athlete_id = " + athlete);
        long distinctRows = count(jdbc, "SELECT COUNT(*) FROM (SELECT DISTINCT local_date, start_time FROM training_session"
                + " WHERE athlete_id = " + athlete + ") s");
        if (scored != SQUAD || scoredAthletes != SQUAD || rows != IMPORT_ROWS || distinctRows != IMPORT_ROWS) {
            throw new AssertionError(scored + " scores of " + scoredAthletes + " athletes (" + SQUAD + " expected), " + rows
                    + " rows, " + distinctRows + " distinct (" + IMPORT_ROWS + " expected) after the takeover");
        }
        return String.format(Locale.ROOT, "killed A with %,d of %,d import rows written and %d of %d athletes scored; B finished"
                + " the import in %.1f s and run %d (as %d) in %.1f s; every row and score once", rowsAtKill, IMPORT_ROWS,
                scoredAtKill, SQUAD, importDone / 1000.0, run, restartedAs, runDone / 1000.0);
    }

    private static long importProgress(Api api, long importId) {
        JsonPath view = api.json().get("/imports/" + importId).then().extract().jsonPath();
        return "committing".equals(view.getString("status")) ? view.getLong("progress.done") : 0;
    }

    private String outage(PayaraProcess b, Api onB) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI clubs = URI.create(onB.base() + "/clubs");
        URI ready = URI.create(b.url() + "health/ready");
        postgres.close();
        postgres = null;
        long stoppedAt = System.currentTimeMillis();
        List<String> problems = new ArrayList<>();
        int requests = 0;
        int unavailable = 0;
        boolean readyDown = false;
        long slowest = 0;
        while (System.currentTimeMillis() - stoppedAt < 30_000) {
            long t0 = System.currentTimeMillis();
            int status = status(http, clubs, true);
            long took = System.currentTimeMillis() - t0;
            requests++;
            slowest = Math.max(slowest, took);
            if (status == 503) {
                unavailable++;
            } else if (status != 200 && problems.size() < 5) {
                problems.add("GET /clubs answered " + (status < 0 ? "nothing" : status));
            }
            if (took > 5_000 && problems.size() < 5) {
                problems.add("GET /clubs took " + took + " ms");
            }
            readyDown |= status(http, ready, false) == 503;
            Thread.sleep(500);
        }
        postgres = postgresBuilder.start();
        long restartedAt = System.currentTimeMillis();
        while (System.currentTimeMillis() - restartedAt < 60_000
                && (status(http, ready, false) != 200 || status(http, clubs, true) != 200)) {
            Thread.sleep(500);
        }
        long recovery = System.currentTimeMillis() - restartedAt;
        if (status(http, clubs, true) != 200) {
            problems.add("the API did not answer 200 within 60 s of PostgreSQL's return");
        }
        if (!readyDown) {
            problems.add("/health/ready never answered 503");
        }
        if (unavailable == 0) {
            problems.add("no request was answered 503");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
        return String.format(Locale.ROOT, "%d of %d requests answered 503 (the rest 200), slowest %d ms; ready DOWN;"
                + " API and ready back %.1f s after PostgreSQL", unavailable, requests, slowest, recovery / 1000.0);
    }

    /** The status of a GET, -1 when there was no answer within 10 s. */
    private static int status(HttpClient http, URI uri, boolean signedIn) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (signedIn) {
            request.header("Authorization", basic());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((Api.ADMIN_USERNAME + ":" + Api.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void execute(String jdbc, String statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement sql = c.createStatement()) {
            sql.execute(statements);
        }
    }

    private static long count(String jdbc, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.out.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An SMTP server on loopback that accepts every message and counts them. */
    private static final class SmtpSink implements AutoCloseable {

        private final ServerSocket server;
        private final java.util.concurrent.atomic.AtomicInteger messages = new java.util.concurrent.atomic.AtomicInteger();

        SmtpSink() throws IOException {
            server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        java.net.Socket client = server.accept();
                        Thread session = new Thread(() -> converse(client));
                        session.setDaemon(true);
                        session.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int messages() {
            return messages.get();
        }

        private void converse(java.net.Socket client) {
            try (client;
                 var in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 var out = new java.io.PrintWriter(new java.io.OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII),
                         true)) {
                reply(out, "220 cluster-check ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                    switch (command) {
                        case "EHLO", "HELO" -> reply(out, "250 cluster-check");
                        case "DATA" -> {
                            reply(out, "354 end with <CRLF>.<CRLF>");
                            while ((line = in.readLine()) != null && !line.equals(".")) {
                                // the message itself is not kept
                            }
                            messages.incrementAndGet();
                            reply(out, "250 accepted");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "250 ok");
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static void reply(java.io.PrintWriter out, String line) {
            out.print(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
