package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.loadwise.server.testing.Api;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class DataRightsIT {

    private static final String PASSWORD = "a long enough passphrase";

    @ArquillianResource
    URL deployment;

    Api admin;
    Api clubAdmin;
    long club;
    long athlete;

    @BeforeEach
    void club() {
        admin = new Api(deployment);
        club = admin.newClub();
        athlete = admin.newAthlete(club);
        admin.json().body(Map.of("date", "2026-03-02", "type", "intervals", "movingMinutes", 50, "rpe", 8,
                "notes", "=cmd|' /C calc'!A0")).post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        admin.json().body(Map.of("date", "2026-03-02", "sleepHours", 6.5)).post("/athletes/" + athlete + "/wellness")
                .then().statusCode(201);
        String username = "export-admin-" + UUID.randomUUID().toString().substring(0, 8);
        admin.json().body(Map.of("username", username, "role", "club-admin", "password", PASSWORD))
                .post("/clubs/" + club + "/users").then().statusCode(201);
        clubAdmin = admin.asUser(username, PASSWORD);
        clubAdmin.json().body(Map.of("name", "sync", "scope", "read")).post("/clubs/" + club + "/api-keys").then().statusCode(201);
    }

    @Test
    void clubAdminExportsTheWholeClubAsAWorkbookWithoutSecrets() throws IOException {
        byte[] xlsx = clubAdmin.plain().get("/clubs/" + club + "/export").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("athlete").getLastRowNum()).isEqualTo(1);
            var sessions = workbook.getSheet("training_session");
            assertThat(sessions.getLastRowNum()).isEqualTo(1);
            assertThat(sessions.getRow(1).getCell(headerIndex(sessions, "notes")).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(workbook.getSheet("wellness_entry").getLastRowNum()).isEqualTo(1);
            assertThat(headers(workbook.getSheet("app_user"))).contains("username").noneMatch(name -> name.contains("hash"));
            assertThat(headers(workbook.getSheet("api_key"))).contains("public_id").noneMatch(name -> name.contains("hash"));
        }
    }

    private static java.util.List<String> headers(org.apache.poi.ss.usermodel.Sheet sheet) {
        java.util.List<String> names = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    private static int headerIndex(org.apache.poi.ss.usermodel.Sheet sheet, String name) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void exportsAsAZipOfCsvFilesAndRefusesOthers() throws IOException {
        byte[] zip = clubAdmin.plain().queryParam("format", "csv").get("/clubs/" + club + "/export").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("club.csv", "athlete.csv", "training_session.csv", "wellness_entry.csv", "export.txt");
        assertThat(files.get("training_session.csv").lines()).hasSize(2);
        // a note that a spreadsheet program would run as a formula is inert, as in the workbook
        assertThat(files.get("training_session.csv")).contains(",'=cmd|' /C calc'!A0").doesNotContain(",=cmd");

        clubAdmin.plain().queryParam("format", "pdf").get("/clubs/" + club + "/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        String coach = "coach-" + UUID.randomUUID().toString().substring(0, 8);
        admin.json().body(Map.of("username", coach, "role", "coach", "password", PASSWORD)).post("/clubs/" + club + "/users")
                .then().statusCode(201);
        admin.asUser(coach, PASSWORD).plain().get("/clubs/" + club + "/export").then().statusCode(403);
    }

    @Test
    void deletingAnAthleteErasesTheirData() throws IOException {
        clubAdmin.json().delete("/athletes/" + athlete).then().statusCode(204);
        admin.json().get("/athletes/" + athlete).then().statusCode(404);
        admin.json().get("/athletes/" + athlete + "/sessions").then().statusCode(404);
        byte[] xlsx = clubAdmin.plain().get("/clubs/" + club + "/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("athlete").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("training_session").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("wellness_entry").getLastRowNum()).isZero();
            var audit = workbook.getSheet("audit_entry");
            int action = headerIndex(audit, "action");
            assertThat(audit).extracting(row -> row.getCell(action).getStringCellValue()).contains("DELETE /athletes/{athleteId}");
        }
        clubAdmin.json().get("/clubs/" + club + "/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("DELETE /athletes/{athleteId}"));
    }
}
