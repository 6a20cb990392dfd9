package app.loadwise.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.loadwise.server.testing.Api;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A club's own files end to end over HTTP on the server: a training sheet (.xlsx) carrying wellness columns with a
 * stated scale, and a Google Forms check-in export (CSV UTF-8); each checked, committed and read back through the API,
 * value by value.
 */
@ExtendWith(ArquillianExtension.class)
class ImportEndToEndIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL deployment;

    Api api;
    long club;
    long ada;
    long ben;
    String adaMember;
    String benMember;

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        club = api.newClub();
        adaMember = "A-" + UUID.randomUUID().toString().substring(0, 8);
        benMember = "B-" + UUID.randomUUID().toString().substring(0, 8);
        ada = athlete(adaMember, "Ada Okafor");
        ben = athlete(benMember, "Ben Meyer");
    }

    private long athlete(String memberId, String name) {
        return api.json().body(Map.of("memberId", memberId, "name", name, "sex", "female", "level", "intermediate", "maxHr", 190,
                        "restingHr", 50)).post("/clubs/" + club + "/athletes").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath upload(String name, byte[] content, String type) {
        return api.plain().accept("application/json").multiPart("file", name, content, type).post("/clubs/" + club + "/imports")
                .then().statusCode(201).body("status", equalTo("validated")).extract().jsonPath();
    }

    private void commit(long importId, int imported) {
        api.json().post("/imports/" + importId + "/commit").then().statusCode(200)
                .body("status", equalTo("committed")).body("counts.imported", equalTo(imported));
    }

    private JsonPath sessions(long athlete) {
        return api.json().queryParam("from", "2026-03-01").queryParam("to", "2026-03-31").get("/athletes/" + athlete + "/sessions")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath wellness(long athlete) {
        return api.json().queryParam("from", "2026-02-01").queryParam("to", "2026-03-31").get("/athletes/" + athlete + "/wellness")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The club's training sheet: sessions, with the morning's sleep, resting HR and fatigue (1–5, 5 the worst) beside them. */
    private byte[] trainingSheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Training");
            Object[][] rows = {
                    {"Member ID", "Date", "Session", "Duration (min)", "RPE", "Sleep (h)", "Morning resting HR", "Fatigue (1=fresh, 5=exhausted)", "Shoe"},
                    {adaMember, "02.03.2026", "tempo", 45, 7, 7.5, 48, 4, "Pegasus"},
                    {benMember, "02.03.2026", "easy", 40, 3, 6, 55, 2, null},
                    {adaMember, "03.03.2026", "long run", 95, 5, 8.25, 47, 1, null},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A Google Forms check-in export saved as "CSV UTF-8": a byte order mark, CRLF lines, month-first timestamps. */
    private static byte[] googleForm(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (String line : lines) {
            out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aTrainingSheetWithWellnessColumnsAndAFormExportAreStoredValueByValue() throws IOException {
        JsonPath sheet = upload("march-training.xlsx", trainingSheet(), XLSX);
        assertThat(sheet.getInt("counts.valid")).isEqualTo(3);
        assertThat(sheet.getInt("counts.invalid")).isZero();
        assertThat(sheet.getList("ignoredColumns.columns")).containsExactly(List.of("Shoe"));
        assertThat(sheet.getList("preview.wellness.fatigue")).containsExactly(6, 3, 1);
        assertThat(sheet.getList("groups.severity")).contains("warning");
        commit(sheet.getLong("id"), 3);

        JsonPath adaSessions = sessions(ada);
        assertThat(adaSessions.getList("items.date")).containsExactly("2026-03-03", "2026-03-02");
        assertThat(adaSessions.getList("items.type")).containsExactly("long", "tempo");
        assertThat(adaSessions.getList("items.movingMinutes", Float.class)).containsExactly(95f, 45f);
        assertThat(adaSessions.getList("items.rpe")).containsExactly(5, 7);
        JsonPath benSessions = sessions(ben);
        assertThat(benSessions.getList("items.type")).containsExactly("easy");
        assertThat(benSessions.getList("items.movingMinutes", Float.class)).containsExactly(40f);

        // fatigue on 1–5 with 5 the worst, stored on 1–7 with 7 the worst: 4 → 6, 2 → 3, 1 → 1
        JsonPath adaDays = wellness(ada);
        assertThat(adaDays.getList("items.date")).containsExactly("2026-03-03", "2026-03-02");
        assertThat(adaDays.getList("items.sleepHours", Float.class)).containsExactly(8.25f, 7.5f);
        assertThat(adaDays.getList("items.restingHr")).containsExactly(47, 48);
        assertThat(adaDays.getList("items.fatigue")).containsExactly(1, 6);
        JsonPath benDays = wellness(ben);
        assertThat(benDays.getList("items.sleepHours", Float.class)).containsExactly(6f);
        assertThat(benDays.getList("items.restingHr")).containsExactly(55);
        assertThat(benDays.getList("items.fatigue")).containsExactly(3);

        // the check-in form: Ben's 2 March answers fill the day the sheet began (same values agree), a new day for Ada
        byte[] form = googleForm(
                "Timestamp,Your name,How many hours did you sleep?,Morning resting heart rate,Any pain? Where?",
                "3/2/2026 6:58:01,Ben Meyer,6,55,\"left Achilles, sore on stairs\"",
                "2/27/2026 7:31:05,Ada Okafor,7,49,");
        JsonPath checked = upload("Wellness check-in (Responses).csv", form, "text/csv");
        assertThat(checked.getString("format")).isEqualTo("wellness-form");
        assertThat(checked.getInt("counts.invalid")).isZero();
        long formId = checked.getLong("id");
        assertThat(checked.getInt("counts.review")).as("Ben's day has a pain note the entry lacks: held for review").isEqualTo(1);
        commit(formId, 1);

        JsonPath adaAfter = wellness(ada);
        assertThat(adaAfter.getList("items.date")).containsExactly("2026-03-03", "2026-03-02", "2026-02-27");
        assertThat(adaAfter.getList("items.sleepHours", Float.class)).containsExactly(8.25f, 7.5f, 7f);
        assertThat(adaAfter.getList("items.restingHr")).containsExactly(47, 48, 49);

        JsonPath review = api.json().get("/imports/" + formId + "/review").then().statusCode(200).extract().jsonPath();
        assertThat(review.getList("items.reason", String.class)).singleElement().asString()
                .startsWith("matches row 3 of 'march-training.xlsx' imported ")
                .contains("a wellness entry for 2026-03-02 with other values");
        long item = review.getLong("items[0].id");
        api.json().body(Map.of("decision", "import")).post("/imports/" + formId + "/review/" + item).then().statusCode(200)
                .body("status", equalTo("imported"));
        JsonPath benAfter = wellness(ben);
        assertThat(benAfter.getList("items.painNote")).containsExactly("left Achilles, sore on stairs");
        assertThat(benAfter.getList("items.sleepHours", Float.class)).containsExactly(6f);
        assertThat(benAfter.getList("items.restingHr")).containsExactly(55);
        assertThat(benAfter.getList("items.fatigue")).as("the form has no fatigue: the training sheet's is kept").containsExactly(3);
    }
}
