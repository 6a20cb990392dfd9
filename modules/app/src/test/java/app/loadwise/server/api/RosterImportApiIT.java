package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roster import over HTTP: a club admin checks and commits a roster; roles that may not create athletes are
 * refused; another club's caller finds nothing and changes nothing; a file with an error writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RosterImportApiIT {

    private static final String PASSWORD = "a long enough passphrase";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL deployment;

    Api admin;
    long club;
    Api clubAdmin;

    @BeforeEach
    void connect() {
        admin = new Api(deployment);
        club = admin.newClub();
        clubAdmin = admin.asUser(newUser(club, "club-admin"), PASSWORD);
        admin.json().body(Map.of("memberId", "RI-1", "name", "Ada Okafor", "sex", "female", "level", "intermediate",
                "maxHr", 188, "restingHr", 50)).post("/clubs/" + club + "/athletes").then().statusCode(201);
    }

    private String newUser(long clubId, String role) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.json().body(Map.of("username", username, "role", role, "password", PASSWORD))
                .post("/clubs/" + clubId + "/users").then().statusCode(201);
        return username;
    }

    private static byte[] roster(String... rows) {
        return ("Member ID;Name;Gender;Year of birth;Level;Max HR;Resting HR;Time zone;Shoe\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] goodRoster() {
        return roster("RI-1;Ada Okafor;female;1990;advanced;191;48;;Pegasus", "RI-2;Ben Roth;m;1985;beginner;180;44;Europe/Vienna;");
    }

    private static Response upload(Api as, long clubId, byte[] file, Boolean dryRun) {
        var request = as.plain().accept("application/json").multiPart("file", "roster.csv", file, "text/csv");
        if (dryRun != null) {
            request.queryParam("dryRun", dryRun);
        }
        return request.post("/clubs/" + clubId + "/roster-imports");
    }

    private JsonPath athletes(long clubId) {
        return admin.json().get("/clubs/" + clubId + "/athletes").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aClubAdminChecksTheRosterThenCommitsIt() {
        upload(clubAdmin, club, goodRoster(), true).then().statusCode(200).contentType("application/json")
                .body("dryRun", equalTo(true)).body("committed", equalTo(false)).body("format", equalTo("csv"))
                .body("fileName", equalTo("roster.csv"))
                .body("counts.rows", equalTo(2)).body("counts.create", equalTo(1)).body("counts.update", equalTo(1))
                .body("create[0].memberId", equalTo("RI-2")).body("create[0].timeZone", equalTo("Europe/Vienna"))
                .body("update[0].changes.field", equalTo(List.of("birthYear", "level", "maxHr", "restingHr")))
                .body("update[0].changes[0].from", org.hamcrest.Matchers.nullValue())
                .body("update[0].changes[0].column", equalTo("Year of birth"))
                .body("update[0].changes[2].from", equalTo("188")).body("update[0].changes[2].to", equalTo("191"))
                .body("update[0].changes[2].column", equalTo("Max HR"))
                .body("ignoredColumns[0].column", equalTo("Shoe")).body("ignoredColumns[0].columnRef", equalTo("9"));
        assertThat(athletes(club).getInt("total")).isEqualTo(1);

        upload(clubAdmin, club, goodRoster(), null).then().statusCode(200)
                .body("committed", equalTo(true)).body("create[0].athleteId", org.hamcrest.Matchers.notNullValue());
        JsonPath stored = athletes(club);
        assertThat(stored.getInt("total")).isEqualTo(2);
        assertThat(stored.getInt("items.find { it.memberId == 'RI-1' }.maxHr")).isEqualTo(191);
        assertThat(stored.getString("items.find { it.memberId == 'RI-1' }.level")).isEqualTo("advanced");
        assertThat(stored.getString("items.find { it.memberId == 'RI-2' }.sex")).isEqualTo("male");
        assertThat(stored.getInt("items.find { it.memberId == 'RI-2' }.birthYear")).isEqualTo(1985);

        JsonPath audit = clubAdmin.json().get("/clubs/" + club + "/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.findAll { it.action == 'POST /clubs/{clubId}/roster-imports' }.target", String.class))
                .containsExactly("/clubs/" + club + "/roster-imports", "/clubs/" + club + "/roster-imports?dryRun=true");
    }

    @Test
    void aFileWithAnErrorWritesNothingAndSaysWhere() {
        byte[] file = roster("RI-1;Ada Okafor;female;1990;advanced;191;48;;", "RI-3;Cleo;f;2001;expert;200;60;;",
                "RI-3;Cleo P.;f;2001;beginner;200;60;Mars/Base;");
        upload(clubAdmin, club, file, false).then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("The roster has 4 errors; nothing was written. Correct them and upload the file again."))
                .body("errors.row", equalTo(List.of(3, 3, 4, 4)))
                .body("errors.column", equalTo(List.of("Member ID", "Level", "Member ID", "Time zone")))
                .body("errors[1].value", equalTo("expert"))
                .body("errors[1].fix", equalTo("use beginner, intermediate or advanced"));
        JsonPath stored = athletes(club);
        assertThat(stored.getInt("total")).isEqualTo(1);
        assertThat(stored.getInt("items[0].maxHr")).isEqualTo(188);

        upload(clubAdmin, club, file, true).then().statusCode(200).body("counts.errors", equalTo(4))
                .body("errors[3].columnRef", equalTo("8")).body("errors[3].value", equalTo("Mars/Base"));
    }

    @Test
    void onlyThoseWhoMayCreateAthletesMayImportARoster() {
        Api coach = admin.asUser(newUser(club, "coach"), PASSWORD);
        upload(coach, club, goodRoster(), true).then().statusCode(403).contentType("application/problem+json");
        upload(coach, club, goodRoster(), false).then().statusCode(403);
        String readKey = clubAdmin.json().body(Map.of("name", "reader", "scope", "read")).post("/clubs/" + club + "/api-keys")
                .then().statusCode(201).extract().jsonPath().getString("token");
        upload(admin.withKey(readKey), club, goodRoster(), false).then().statusCode(403);
        assertThat(athletes(club).getInt("total")).isEqualTo(1);
        String writeKey = clubAdmin.json().body(Map.of("name", "sync", "scope", "read-write")).post("/clubs/" + club + "/api-keys")
                .then().statusCode(201).extract().jsonPath().getString("token");
        upload(admin.withKey(writeKey), club, goodRoster(), false).then().statusCode(200).body("counts.create", equalTo(1));
        // a platform admin may too; everyone who reads the club may download the template
        upload(admin, club, roster("RI-4;Dan;m;;beginner;;;;"), false).then().statusCode(200).body("counts.create", equalTo(1));
        byte[] template = coach.plain().get("/roster-imports/template").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", equalTo("attachment; filename=\"loadwise-roster-template.xlsx\""))
                .extract().asByteArray();
        assertThat(new String(template, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void anotherClubsAdminFindsNothingAndTheirOwnRosterTouchesOnlyTheirClub() {
        long other = admin.newClub();
        Api otherAdmin = admin.asUser(newUser(other, "club-admin"), PASSWORD);
        upload(otherAdmin, club, goodRoster(), true).then().statusCode(404);
        upload(otherAdmin, club, goodRoster(), false).then().statusCode(404);
        assertThat(athletes(club).getInt("total")).isEqualTo(1);

        // the same member ids in their own club are athletes of their own club
        upload(otherAdmin, other, goodRoster(), false).then().statusCode(200).body("counts.create", equalTo(2));
        assertThat(athletes(other).getList("items.memberId", String.class)).containsExactlyInAnyOrder("RI-1", "RI-2");
        JsonPath mine = athletes(club);
        assertThat(mine.getInt("total")).isEqualTo(1);
        assertThat(mine.getInt("items[0].maxHr")).isEqualTo(188);
        assertThat(mine.getString("items[0].level")).isEqualTo("intermediate");
    }

    @Test
    void theOpenApiDocumentDescribesTheUploadAndTheTemplate() {
        String root = deployment.toString().replaceAll("/+$", "");
        JsonPath doc = io.restassured.RestAssured.given().baseUri(root).accept("application/json").get("/openapi")
                .then().statusCode(200).extract().jsonPath();
        String upload = "paths.'/api/v1/clubs/{clubId}/roster-imports'.post";
        assertThat(doc.getString(upload + ".operationId")).isEqualTo("importRoster");
        assertThat(doc.getString(upload + ".description")).contains("Who may call it");
        assertThat(doc.getString(upload + ".requestBody.content.'multipart/form-data'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/RosterUpload");
        assertThat(doc.getString(upload + ".responses.'200'.content.'application/json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/RosterImportResult");
        assertThat(doc.getMap(upload + ".responses")).containsKeys("400", "401", "403", "404", "413", "415", "429", "500");
        assertThat(doc.getString(upload + ".parameters.find { it.name == 'dryRun' }.schema.type")).isEqualTo("boolean");
        assertThat(doc.getList(upload + ".parameters.'$ref'", String.class)).contains("#/components/parameters/IdempotencyKey");
        assertThat(doc.getMap("components.schemas.RosterImportResult.properties"))
                .containsKeys("counts", "create", "update", "unchanged", "errors", "ignoredColumns", "ignoredSheets");
        assertThat(doc.getMap("components.schemas.RosterEntry.properties")).containsKeys("memberId", "changes", "athleteId");
        assertThat(doc.getMap("components.schemas.RosterChange.properties")).containsKeys("field", "column", "from", "to");
        String template = "paths.'/api/v1/roster-imports/template'.get";
        assertThat(doc.getString(template + ".operationId")).isEqualTo("getRosterTemplate");
        assertThat(doc.getMap(template + ".responses.'200'.content")).containsKey(XLSX);
    }

    @Test
    void anUploadWithoutAFileOrWithABadDryRunIsRefused() {
        clubAdmin.plain().accept("application/json").multiPart("other", "x").post("/clubs/" + club + "/roster-imports")
                .then().statusCode(400).body("errors.field", hasItems("file"));
        clubAdmin.plain().accept("application/json").queryParam("dryRun", "maybe").multiPart("file", "r.csv", goodRoster(), "text/csv")
                .post("/clubs/" + club + "/roster-imports").then().statusCode(400).body("errors.field", hasItems("dryRun"));
        upload(clubAdmin, club, "Name,Level\nAda,beginner\n".getBytes(StandardCharsets.UTF_8), true).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.startsWith("No header row with a member id column was found"));
    }
}
