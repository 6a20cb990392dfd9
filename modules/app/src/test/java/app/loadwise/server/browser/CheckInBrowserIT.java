package app.loadwise.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.server.testing.Api;
import app.loadwise.server.testing.EmbeddedPostgresSession;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The athlete's check-in on a phone-sized window (390 x 844), in Chromium against the packaged app: open the link with
 * no sign-in, answer and save, correct the same day, and the pages of an expired and of a revoked link. Saves
 * docs/screenshots/check-in.png.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInBrowserIT {

    private static final Path AXE = Path.of("../web/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOT = Path.of("../../docs/screenshots/check-in.png");

    @ArquillianResource
    URL deployment;

    static Browser browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        Browser.assumeInstalled();
        browser = Browser.open(390, 844);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String base() {
        String url = deployment.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void awaitPageReady() {
        browser.waiting(30).until(d -> "true".equals(browser.js("return document.documentElement.dataset.pageReady")));
    }

    private void click(String css) {
        browser.await(By.cssSelector(css)).click();
    }

    @Test
    void anAthleteChecksInOnAPhoneCorrectsTheAnswersAndMeetsAnExpiredAndARevokedLink() throws IOException, SQLException {
        Api admin = new Api(deployment);
        long club = admin.json().body(Map.of("name", "Hillside Harriers",
                "timeZone", "Europe/London", "locale", "en-GB")).post("/clubs").then().statusCode(201).extract().jsonPath().getLong("id");
        long athlete = admin.json().body(Map.of("memberId", "RH-CI", "name", "Ada Okafor", "sex", "female", "level", "intermediate",
                "maxHr", 190, "restingHr", 50)).post("/clubs/" + club + "/athletes").then().statusCode(201).extract().jsonPath().getLong("id");
        String token = admin.json().post("/athletes/" + athlete + "/check-in-link").then().statusCode(201).extract().jsonPath()
                .getString("token");

        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base() + "/check-in/" + token);
        awaitPageReady();
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Good morning, Ada");
        assertThat(browser.driver.findElements(By.cssSelector("header.app-header, [data-test=user]"))).isEmpty();
        assertThat((Long) browser.js("return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(390L);
        // every answer is a big target: at least 44 px high
        Long smallest = (Long) browser.js("return Math.min(...[...document.querySelectorAll('.tap, .check-in__save')]"
                + ".map(e => Math.round(e.getBoundingClientRect().height)))");
        assertThat(smallest).isGreaterThanOrEqualTo(44L);
        Long narrowest = (Long) browser.js("return Math.min(...[...document.querySelectorAll('.tap')]"
                + ".map(e => Math.round(e.getBoundingClientRect().width)))");
        assertThat(narrowest).as("the 1-7 buttons share the phone's width without getting too narrow").isGreaterThanOrEqualTo(38L);
        assertThat((Boolean) browser.js("return [...document.querySelectorAll('.tap')].every(e => "
                + "e.getBoundingClientRect().right <= e.closest('.q').getBoundingClientRect().right)"))
                .as("no answer sticks out of its question's box").isTrue();

        // answer: sleep one hour less than the default, fatigue 5, soreness 2, morning HR, and a sharp calf pain
        long started = System.nanoTime();
        click("[data-test=sleep-less]");
        click("[data-test=sleep-less]");
        click("[data-test=scale-fatigue] label:nth-of-type(5)");
        click("[data-test=scale-soreness] label:nth-of-type(2)");
        browser.await(By.id("resting-hr")).sendKeys("49");
        click("[data-test=pain-some]");
        click("input[name=painScore][value='3'] + span");
        new org.openqa.selenium.support.ui.Select(browser.await(By.id("pain-location"))).selectByValue("calf");
        click("input[name=painKind][value='sharp'] + span");
        click("[data-test=check-in-save]");
        assertThat(browser.await(By.cssSelector("[data-test=check-in-saved]")).getText()).contains("Thanks, Ada");
        System.out.printf("Check-in answered and saved in the browser in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        JsonPath wellness = admin.json().get("/athletes/" + athlete + "/wellness").then().statusCode(200).extract().jsonPath();
        assertThat(wellness.getList("items")).hasSize(1);
        assertThat(wellness.getDouble("items[0].sleepHours")).isEqualTo(6.5);
        assertThat(wellness.getInt("items[0].fatigue")).isEqualTo(5);
        assertThat(wellness.getInt("items[0].restingHr")).isEqualTo(49);
        assertThat(wellness.getString("items[0].painNote")).isEqualTo("calf, sharp pain 3/10");
        assertThat(wellness.getString("items[0].source")).isEqualTo("check-in");

        // the same day: reopen the link, the answers are there to correct
        browser.driver.navigate().refresh();
        awaitPageReady();
        browser.await(By.cssSelector("[data-test=check-in-correcting]"));
        assertThat(browser.await(By.cssSelector("[data-test=sleep-hours]")).getText()).isEqualTo("6.5 h");
        click("[data-test=scale-fatigue] label:nth-of-type(3)");
        click("[data-test=pain-none]");
        assertThat(browser.await(By.cssSelector("[data-test=check-in-save]")).getText()).isEqualTo("Save changes");
        click("[data-test=check-in-save]");
        assertThat(browser.await(By.cssSelector("[data-test=check-in-saved]")).getText()).isEqualTo("Your changes are saved.");
        browser.js("window.scrollTo(0, 0)");
        Files.createDirectories(SCREENSHOT.getParent());
        browser.screenshot(SCREENSHOT);

        JsonPath corrected = admin.json().get("/athletes/" + athlete + "/wellness").then().statusCode(200).extract().jsonPath();
        assertThat(corrected.getList("items")).hasSize(1);
        assertThat(corrected.getInt("items[0].fatigue")).isEqualTo(3);
        assertThat(corrected.getString("items[0].painNote")).isNull();

        List<String> serious = axe();
        assertThat(serious).as("serious or critical accessibility violations").isEmpty();

        // a link past its time opens a page that says so
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + System.getProperty(EmbeddedPostgresSession.PORT_PROPERTY) + "/postgres", "postgres", "postgres");
             PreparedStatement expire = c.prepareStatement(
                     "UPDATE check_in_link SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1 minute' WHERE athlete_id = ?")) {
            expire.setLong(1, athlete);
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        browser.driver.navigate().refresh();
        awaitPageReady();
        assertThat(browser.await(By.cssSelector("[data-test=check-in-gone] h1")).getText()).isEqualTo("This link has expired");
        assertThat(browser.driver.findElement(By.cssSelector("[data-test=check-in-gone]")).getText())
                .contains("Ask your coach for a new one.");
        assertThat(browser.driver.findElements(By.cssSelector("form"))).isEmpty();
        browser.screenshot(Path.of("target/screenshots/check-in-expired.png"));

        // a new link that the coach then revokes opens a page that says it no longer works, with nothing to fill in
        String revoked = admin.json().post("/athletes/" + athlete + "/check-in-link").then().statusCode(201).extract().jsonPath()
                .getString("token");
        admin.json().delete("/athletes/" + athlete + "/check-in-link").then().statusCode(204);
        browser.driver.get(base() + "/check-in/" + revoked);
        awaitPageReady();
        assertThat(browser.await(By.cssSelector("[data-test=check-in-gone] h1")).getText()).isEqualTo("This link no longer works");
        assertThat(browser.driver.findElement(By.cssSelector("[data-test=check-in-gone]")).getText())
                .contains("Ask your coach for the new one.").doesNotContain("Good morning");
        assertThat(browser.driver.findElements(By.cssSelector("form, input, [data-test=check-in-save]"))).isEmpty();
        browser.screenshot(Path.of("target/screenshots/check-in-revoked.png"));
    }

    @SuppressWarnings("unchecked")
    private List<String> axe() throws IOException {
        browser.js(Files.readString(AXE));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.asyncJs(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " " + v.get("nodes"));
            }
        }
        return serious;
    }
}
