package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The import over HTTP: upload, dry run, commit, duplicates, errors, undo, template, large files, hostile files. */
@ExtendWith(ArquillianExtension.class)
class ImportApiIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL deployment;

    Api api;
    long club;
    long athlete;
    String member;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        club = api.newClub();
        athlete = api.newAthlete(club);
        member = api.json().get("/athletes/" + athlete).then().extract().jsonPath().getString("memberId");
    }

    private RequestSpecification multipart() {
        return api.plain().accept("application/json");
    }

    private io.restassured.response.Response upload(String name, byte[] content, Map<String, String> fields) {
        RequestSpecification request = multipart().multiPart("file", name, content, name.endsWith(".xlsx") ? XLSX : "text/csv");
        fields.forEach(request::multiPart);
        return request.post("/clubs/" + club + "/imports");
    }

    private String clubFile() {
        return "Lakeside Striders – March\n\n"
                + "Member #,Date,Start,Session,Duration (min),Dist (mi),RPE,Notes\n"
                + member + ",02.03.2026,18:30,track 6x800,52,6.2,8,=HYPERLINK(\"x\")\n"
                + member + ",03.03.2026,,long run,1:45:00,13.1,6,\n"
                + member + ",04.03.2026,07:00,jog,30,3,3,@coach\n"
                + "Total,,,,187,22.3,,\n";
    }

    private long sessions() {
        return api.json().get("/athletes/" + athlete + "/sessions").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void uploadsChecksCommitsSkipsTheSameFileAndUndoes() {
        byte[] file = clubFile().getBytes(StandardCharsets.UTF_8);
        JsonPath checked = upload("march.csv", file, Map.of()).then().statusCode(201)
                .header("Location", containsString("/imports/"))
                .body("status", equalTo("validated")).body("format", equalTo("mapped"))
                .body("counts.total", equalTo(3)).body("counts.valid", equalTo(3)).body("counts.ignored", equalTo(1))
                .body("preview[0].session.type", equalTo("intervals"))
                .body("preview[0].session.notes", equalTo("=HYPERLINK(\"x\")"))
                .body("preview[1].session.movingMinutes", equalTo(105.0f))
                .body("fileName", equalTo("march.csv"))
                .body("uploadedBy", equalTo(Api.ADMIN_USERNAME))
                .extract().jsonPath();
        long id = checked.getLong("id");
        assertThat(sessions()).isZero();

        api.json().get("/imports/" + id).then().statusCode(200).body("status", equalTo("validated"))
                .body("progress.percent", equalTo(100));
        api.json().post("/imports/" + id + "/commit").then().statusCode(200)
                .body("status", equalTo("committed")).body("counts.imported", equalTo(3));
        assertThat(sessions()).isEqualTo(3);
        api.json().get("/athletes/" + athlete + "/sessions").then()
                .body("items.source", org.hamcrest.Matchers.everyItem(equalTo("import")))
                .body("items.importId", org.hamcrest.Matchers.everyItem(equalTo((int) id)));

        long again = upload("march-copy.csv", file, Map.of()).then().statusCode(201)
                .body("sameFileCommittedAs", equalTo((int) id))
                .body("preview.outcome", org.hamcrest.Matchers.everyItem(equalTo("duplicate")))
                .extract().jsonPath().getLong("id");
        api.json().post("/imports/" + again + "/commit").then().statusCode(200)
                .body("counts.duplicates", equalTo(3)).body("counts.imported", equalTo(0));
        assertThat(sessions()).isEqualTo(3);

        api.json().post("/imports/" + id + "/undo").then().statusCode(200).body("status", equalTo("undone")).body("removed", equalTo(3));
        assertThat(sessions()).isZero();
        api.json().get("/clubs/" + club + "/imports").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void listsRowErrorsAndCommitsAllOrNothingUnlessTold() {
        String file = "Member ID,Date,Type,Minutes,RPE\n"
                + member + ",2026-03-02,easy,30,3\n"
                + member + ",2026-02-30,easy,30,3\n"
                + "NOBODY,2026-03-04,zumba,30,11\n";
        long id = upload("bad.csv", file.getBytes(StandardCharsets.UTF_8), Map.of()).then().statusCode(201)
                .body("counts.invalid", equalTo(2)).extract().jsonPath().getLong("id");
        api.json().queryParam("size", 2).get("/imports/" + id + "/errors").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].row", equalTo(3)).body("items[0].column", equalTo("Date")).body("items[0].value", equalTo("2026-02-30"))
                .body("items[0].fix", containsString("YYYY-MM-DD"));
        api.json().post("/imports/" + id + "/commit").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("skipInvalid"));
        assertThat(sessions()).isZero();
        api.json().queryParam("skipInvalid", true).post("/imports/" + id + "/commit").then().statusCode(200)
                .body("counts.imported", equalTo(1)).body("counts.invalid", equalTo(2));
        assertThat(sessions()).isEqualTo(1);
    }

    @Test
    void readsOneAthletesGarminExportAndHoldsANearMatchForReview() {
        api.json().body(Map.of("date", "2025-02-06", "startTime", "17:00", "type", "intervals", "movingMinutes", 40, "rpe", 8))
                .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        String garmin = "\"Activity Type\",\"Date\",\"Favorite\",\"Title\",\"Distance\",\"Calories\",\"Time\",\"Avg HR\",\"Max HR\"\n"
                + "\"Running\",\"2025-02-06 17:06:03\",\"false\",\"Track 6x800\",\"10.02\",\"1,020\",\"00:52:10.4\",\"152\",\"181\"\n"
                + "\"Running\",\"2025-02-08 09:15:22\",\"true\",\"Lakeside Running\",\"21.10\",\"1,540\",\"01:55:40\",\"141\",\"165\"\n";
        long id = upload("Activities.csv", garmin.getBytes(StandardCharsets.UTF_8), Map.of("athleteId", String.valueOf(athlete)))
                .then().statusCode(201).body("format", equalTo("garmin-activities"))
                .body("counts.review", equalTo(1)).body("preview[0].outcome", equalTo("review"))
                .extract().jsonPath().getLong("id");
        api.json().post("/imports/" + id + "/commit").then().statusCode(200).body("counts.imported", equalTo(1));
        long item = api.json().get("/imports/" + id + "/review").then().statusCode(200)
                .body("items[0].reason", containsString("6 min apart")).extract().jsonPath().getLong("items[0].id");
        api.json().body(Map.of("decision", "maybe")).post("/imports/" + id + "/review/" + item).then().statusCode(400);
        api.json().body(Map.of("decision", "import")).post("/imports/" + id + "/review/" + item).then().statusCode(200)
                .body("status", equalTo("imported"));
        assertThat(sessions()).isEqualTo(3);
    }

    @Test
    void downloadsTheTemplate() throws IOException {
        byte[] bytes = api.plain().get("/imports/template").then().statusCode(200)
                .contentType(startsWith(XLSX)).header("Content-Disposition", containsString("loadwise-template.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheet("Sessions").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Member ID");
            assertThat(workbook.getSheet("Wellness")).isNotNull();
        }
    }

    @Test
    void savesAColumnMappingThatTheNextUploadUses() {
        api.json().body(Map.of("name", "our sheet", "headers", java.util.List.of("Wer", "Wann", "Was", "Wie lange"),
                        "columns", Map.of("Wer", "memberId", "Wann", "date", "Was", "type", "Wie lange", "movingMinutes")))
                .post("/clubs/" + club + "/import-mappings").then().statusCode(201).body("name", equalTo("our sheet"));
        api.json().get("/clubs/" + club + "/import-mappings").then().statusCode(200).body("size()", equalTo(1));
        upload("ours.csv", ("Wer,Wann,Was,Wie lange\n" + member + ",2026-03-02,jog,30\n").getBytes(StandardCharsets.UTF_8), Map.of())
                .then().statusCode(201).body("format", equalTo("saved-mapping")).body("counts.valid", equalTo(1));
    }

    @Test
    void refusesHostileAndBrokenFilesWithProblemsAndKeepsNothing() throws IOException {
        upload("report.pdf", "%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII), Map.of()).then().statusCode(415)
                .contentType("application/problem+json").body("title", equalTo("Unsupported file type"));
        upload("latin1.csv", "Member ID,Date,Type,Minutes\nX,2026-03-02,M\u00fcde,30\n".getBytes(StandardCharsets.ISO_8859_1), Map.of())
                .then().statusCode(400).body("detail", containsString("UTF-8"));
        upload("bomb.xlsx", zipBomb(), Map.of()).then().statusCode(413).body("detail", containsString("zip bomb"));
        upload("cut.xlsx", java.util.Arrays.copyOf(template(), 2000), Map.of()).then().statusCode(400)
                .contentType("application/problem+json");
        upload("empty.csv", new byte[0], Map.of()).then().statusCode(400).body("detail", containsString("empty"));
        multipart().multiPart("athleteId", "1").post("/clubs/" + club + "/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        api.json().get("/clubs/" + club + "/imports").then().body("total", equalTo(0));
    }

    /**
     * A multipart upload built byte by byte, as browsers and curl send it: the part's headers in UTF-8 (RFC 7578).
     * {@code disposition} follows {@code form-data; name="file"; }.
     */
    private io.restassured.response.Response rawUpload(String disposition, byte[] content, Map<String, String> fields) {
        String boundary = "----loadwise" + java.util.UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; " + disposition
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return multipart().contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/clubs/" + club + "/imports");
    }

    @Test
    void keepsAUtf8FileNameAsSent() {
        byte[] file = ("Member ID,Date,Type,Minutes\n" + member + ",2026-03-02,easy,30\n").getBytes(StandardCharsets.UTF_8);
        long id = rawUpload("filename=\"\uD83D\uDE00 M\u00e4rz.csv\"", file, Map.of()).then().statusCode(201)
                .body("fileName", equalTo("\uD83D\uDE00 M\u00e4rz.csv")).extract().jsonPath().getLong("id");
        api.json().get("/imports/" + id).then().body("fileName", equalTo("\uD83D\uDE00 M\u00e4rz.csv"));
        rawUpload("filename=\"smiley.csv\"; filename*=UTF-8''%F0%9F%98%80%20april.csv", file, Map.of()).then().statusCode(201)
                .body("fileName", equalTo("\uD83D\uDE00 april.csv"));
        rawUpload("filename=\"x.csv\"; filename*=iso-8859-1'de'M%E4rz.csv", file, Map.of()).then().statusCode(201)
                .body("fileName", equalTo("M\u00e4rz.csv"));
        rawUpload("filename=\"x.csv\"; filename*=UTF-8''bad%00name.csv", file, Map.of()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file")).body("detail", containsString("U+0000"));
        rawUpload("filename=\"bad\u0000name.csv\"", file, Map.of()).then()
                .statusCode(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(400), org.hamcrest.Matchers.lessThan(500)))
                .contentType("application/problem+json");
    }

    @Test
    void anotherClubsAthleteIsAnsweredAsOneThatDoesNotExist() {
        long otherClub = api.newClub();
        long foreign = api.newAthlete(otherClub);
        byte[] file = "Date,Type,Minutes\n2026-03-02,easy,30\n".getBytes(StandardCharsets.UTF_8);
        long unknown = foreign + 1_000_000;
        io.restassured.response.Response missing = upload("a.csv", file, Map.of("athleteId", String.valueOf(unknown)));
        io.restassured.response.Response other = upload("a.csv", file, Map.of("athleteId", String.valueOf(foreign)));
        missing.then().statusCode(404).contentType("application/problem+json").body("detail", equalTo("athlete " + unknown + " does not exist"));
        other.then().statusCode(404).contentType("application/problem+json").body("detail", equalTo("athlete " + foreign + " does not exist"));
        assertThat(other.jsonPath().getMap("$").keySet()).isEqualTo(missing.jsonPath().getMap("$").keySet());
        assertThat(other.asString()).doesNotContain("member").doesNotContain("club " + otherClub);
        api.json().get("/clubs/" + club + "/imports").then().body("total", equalTo(0));
        upload("a.csv", file, Map.of("athleteId", "+" + athlete)).then().statusCode(400).body("errors[0].field", equalTo("athleteId"));
    }

    @Test
    void aLargeFileAlreadyCommittedReportsTheImportItWasCommittedAsOnceChecked() throws InterruptedException {
        byte[] file = largeFile(30_000, -1);
        long first = upload("years.csv", file, Map.of("athleteId", String.valueOf(athlete))).then().statusCode(202)
                .extract().jsonPath().getLong("id");
        await(first, "validated");
        api.json().post("/imports/" + first + "/commit").then().statusCode(202);
        await(first, "committed");
        long again = upload("years-again.csv", file, Map.of("athleteId", String.valueOf(athlete))).then().statusCode(202)
                .body("sameFileCommittedAs", equalTo((int) first)).extract().jsonPath().getLong("id");
        JsonPath checked = await(again, "validated");
        assertThat(checked.getLong("sameFileCommittedAs")).as("as a small file's dry run says").isEqualTo(first);
    }

    @Test
    void checksAndCommitsALargeFileAsABatchJobWithProgress() throws InterruptedException {
        int rows = 30_000;
        StringBuilder csv = new StringBuilder("Date,Start,Type,Minutes,RPE,Notes\n");
        // ten sessions a day, ending before today: a date after today is an error
        LocalDate first = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(rows / 10 + 2);
        for (int i = 0; i < rows; i++) {
            int slot = i % 10;
            csv.append(first.plusDays(i / 10)).append(',').append(String.format("%02d:%02d", 6 + slot, slot % 2 == 0 ? 0 : 30))
                    .append(",easy,").append(30 + i % 40).append(",3,steady aerobic running along the river path and back\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(2 * 1024 * 1024);
        long id = upload("years.csv", file, Map.of("athleteId", String.valueOf(athlete))).then().statusCode(202)
                .body("status", equalTo("validating")).extract().jsonPath().getLong("id");
        JsonPath checked = await(id, "validated");
        assertThat(checked.getLong("counts.valid")).isEqualTo(rows);
        api.json().post("/imports/" + id + "/commit").then().statusCode(202).body("status", equalTo("committing"));
        JsonPath committed = await(id, "committed");
        assertThat(committed.getLong("counts.imported")).isEqualTo(rows);
        assertThat(committed.getInt("progress.percent")).isEqualTo(100);
        assertThat(sessions()).isEqualTo(rows);
    }

    /** A session file of one athlete above the synchronous size, so the batch job checks it. */
    private static byte[] largeFile(int rows, int wideRow) {
        StringBuilder csv = new StringBuilder("Date,Start,Type,Minutes,RPE,Notes\n");
        // ten sessions a day, ending before today: a date after today is an error
        LocalDate first = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(rows / 10 + 2);
        for (int i = 0; i < rows; i++) {
            int slot = i % 10;
            csv.append(first.plusDays(i / 10)).append(',').append(String.format("%02d:%02d", 6 + slot, slot % 2 == 0 ? 0 : 30))
                    .append(",easy,").append(30 + i % 40).append(",3,steady aerobic running along the river path and back");
            if (i == wideRow) {
                csv.append(",x".repeat(600));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFaultDeepInALargeFileRejectsTheImportWithAProblemOnItsStatus() throws InterruptedException {
        int rows = 40_000;
        long id = upload("broken.csv", largeFile(rows, rows - 5), Map.of("athleteId", String.valueOf(athlete))).then().statusCode(202)
                .body("status", equalTo("validating")).extract().jsonPath().getLong("id");
        JsonPath rejected = await(id, "rejected");
        assertThat(rejected.getInt("problem.status")).isEqualTo(400);
        assertThat(rejected.getString("problem.title")).isEqualTo("Unreadable file");
        assertThat(rejected.getString("problem.detail")).contains("columns");
        assertThat(rejected.getString("problem.where")).isEqualTo("after row " + (rows - 4));
        api.json().post("/imports/" + id + "/commit").then().statusCode(409).contentType("application/problem+json");
        assertThat(sessions()).isZero();
    }

    @Test
    void stopsARunningCheckWhichCanThenBeResumedAndAnswers409WhenNothingRuns() throws InterruptedException {
        long small = upload("march.csv", clubFile().getBytes(StandardCharsets.UTF_8), Map.of()).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api.json().post("/imports/" + small + "/stop").then().statusCode(409).contentType("application/problem+json");
        api.json().post("/imports/" + small + "/resume").then().statusCode(409);
        api.json().post("/imports/999999999/stop").then().statusCode(404);

        int rows = 200_000;
        long id = upload("years.csv", largeFile(rows, -1), Map.of("athleteId", String.valueOf(athlete))).then().statusCode(202)
                .extract().jsonPath().getLong("id");
        // stop as soon as the job runs: until it has opened the file the answer is 409 ("no batch job running yet")
        long until = System.currentTimeMillis() + 60_000;
        io.restassured.response.Response stop;
        while ((stop = api.json().post("/imports/" + id + "/stop")).statusCode() == 409
                && "validating".equals(api.json().get("/imports/" + id).then().extract().jsonPath().getString("status"))
                && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        if (stop.statusCode() == 202) {
            JsonPath stopped = await(id, "stopped");
            assertThat(stopped.getLong("progress.done")).isLessThan(rows);
            assertThat(stopped.getLong("progress.total")).isGreaterThanOrEqualTo(rows);
            api.json().post("/imports/" + id + "/commit").then().statusCode(409);
            // the job may take a moment to end after the import reads "stopped"
            long deadline = System.currentTimeMillis() + 20_000;
            io.restassured.response.Response resumed;
            while ((resumed = api.json().post("/imports/" + id + "/resume")).statusCode() == 409
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            resumed.then().statusCode(202).body("status", equalTo("validating"));
        }
        JsonPath checked = await(id, "validated");
        assertThat(checked.getLong("counts.valid")).isEqualTo(rows);
        assertThat(checked.getLong("progress.total")).isEqualTo(rows);
    }

    private JsonPath await(long id, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        JsonPath view;
        do {
            Thread.sleep(250);
            view = api.json().get("/imports/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(view.getString("status")).as("import %d: %s", id, view.getString("message")).isNotEqualTo("failed");
        } while (!status.equals(view.getString("status")) && !done(view.getString("status"))
                && System.currentTimeMillis() < deadline);
        assertThat(view.getString("status")).isEqualTo(status);
        return view;
    }

    /** Statuses an import's job ends in. */
    private static boolean done(String status) {
        return java.util.List.of("validated", "committed", "rejected", "stopped", "undone").contains(status);
    }

    private byte[] template() {
        return api.plain().get("/imports/template").then().statusCode(200).extract().asByteArray();
    }

    /** A workbook whose one sheet inflates from a few kilobytes to 20 MB of spaces. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
