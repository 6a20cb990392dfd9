package app.loadwise.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.server.testing.Api;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web app in headless Chromium against the packaged WAR on Payara Micro and PostgreSQL, with the demo club:
 * signing in and out, CSRF, the squad and athlete pages, an import with a bad row, a large file's progress, a report
 * download, what a coach may not see, a week planned on the plan grid, axe-core on every page, and the performance
 * budget's figures.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    private static final Path AXE = Path.of("../web/node_modules/axe-core/axe.min.js");
    private static final Path BUILT = Path.of("../web/target/classes/META-INF/resources");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @ArquillianResource
    URL deployment;

    static Browser browser;

    Api api;
    String base;

    @BeforeAll
    static void openBrowser() throws IOException {
        Browser.assumeInstalled();
        browser = Browser.open(1280, 900);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
        String url = deployment.toString();
        base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.driver.get(base + "/sign-in");
        browser.driver.manage().deleteAllCookies();
    }

    private void signIn(String username, String password) {
        browser.driver.get(base + "/sign-in");
        browser.await(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void signInAsAdmin() {
        signIn(Api.ADMIN_USERNAME, Api.ADMIN_PASSWORD);
        browser.waiting(20).until(d -> !d.getCurrentUrl().contains("/sign-in"));
    }

    /** Opens a page and waits until it shows its first data. */
    private void open(String path) {
        browser.driver.get(base + path);
        awaitPageReady();
    }

    private void awaitPageReady() {
        browser.waiting(30).until(d -> "true".equals(browser.js("return document.documentElement.dataset.pageReady")));
    }

    private List<WebElement> visible(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
    }

    private long demoAthlete(String memberId) {
        List<Map<String, Object>> items = api.json().get("/clubs/1/athletes?size=100").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(a -> memberId.equals(a.get("memberId"))).map(a -> ((Number) a.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void signsInComesBackToThePageAskedForAndSignsOut() {
        browser.driver.get(base + "/clubs/1/reports");
        browser.waiting(20).until(d -> d.getCurrentUrl().contains("/sign-in"));
        assertThat(browser.driver.getCurrentUrl()).contains("next=");

        browser.await(By.id("username")).sendKeys(Api.ADMIN_USERNAME);
        browser.driver.findElement(By.id("password")).sendKeys("not the password");
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.await(By.cssSelector("[data-test=problem]")).getText()).containsIgnoringCase("do not match");

        browser.driver.findElement(By.id("password")).clear();
        browser.driver.findElement(By.id("password")).sendKeys(Api.ADMIN_PASSWORD);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting(20).until(d -> d.getCurrentUrl().endsWith("/clubs/1/reports"));
        awaitPageReady();

        browser.await(By.cssSelector("[data-test=sign-out]")).click();
        browser.waiting(20).until(d -> d.getCurrentUrl().contains("/sign-in"));
        browser.driver.get(base + "/clubs/1/squad");
        browser.waiting(20).until(d -> d.getCurrentUrl().contains("/sign-in"));
    }

    @Test
    void theApiRefusesAWriteFromTheBrowserWithoutTheCsrfToken() {
        signInAsAdmin();
        Object status = browser.asyncJs("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/clubs', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({name: 'No token club', timeZone: 'UTC', locale: 'en-GB'})})"
                + ".then(r => r.json().then(b => done(r.status + ' ' + b.title)));");
        assertThat(status).isEqualTo("403 CSRF token missing");
    }

    @Test
    void theSquadPageShowsTheDemoClubWorstFirst() throws IOException {
        signInAsAdmin();
        open("/clubs/1/squad");
        browser.waiting(20).until(d -> "true".equals(browser.js("return document.documentElement.dataset.squadReady")));
        List<WebElement> rows = visible("[data-test=squad-row]");
        assertThat(rows).hasSize(30);
        assertThat(browser.await(By.cssSelector("[data-test=status-counts]")).getText()).containsIgnoringCase("red");
        assertThat(rows.get(0).getText()).containsIgnoringCase("red");
        browser.screenshot(SCREENSHOTS.resolve("squad-desktop.png"));
    }

    @Test
    void anAthletePageDrawsItsChartsAndShowsTheFindings() throws IOException {
        signInAsAdmin();
        open("/clubs/1/squad");
        WebElement first = visible("[data-test=squad-row]").get(0);
        first.findElement(By.cssSelector("a")).click();
        browser.waiting(20).until(d -> d.getCurrentUrl().contains("/athletes/"));
        awaitPageReady();
        browser.waiting(30).until(d -> d.findElements(By.cssSelector("[data-test=chart-load][data-rendered=true]")).size() == 1);
        browser.waiting(30).until(d -> d.findElements(By.cssSelector("[data-test=chart-wellness][data-rendered=true]")).size() == 1);
        assertThat(visible("[data-test=finding]")).isNotEmpty();
        assertThat(visible("[data-test=session-row]")).isNotEmpty();
        browser.screenshot(SCREENSHOTS.resolve("athlete-desktop.png"));
    }

    @Test
    void importsTheSampleShowsTheBadCellAndCommitsTheValidRows() throws IOException {
        long athlete = demoAthlete("RH-014");
        int before = api.json().get("/athletes/" + athlete + "/sessions?size=1").then().extract().jsonPath().getInt("total");
        Path sample = Files.createTempFile("loadwise-sample", ".xlsx");
        Files.write(sample, api.plain().baseUri(base).get("/samples/loadwise-sample.xlsx").then().statusCode(200)
                .extract().asByteArray());

        signInAsAdmin();
        open("/clubs/1/import");
        upload(sample);
        WebElement bad = browser.await(By.cssSelector("[data-test=error-cell]"));
        assertThat(bad.getText()).contains("12");
        assertThat(browser.driver.findElement(By.cssSelector("[data-test=error-table]")).getText()).contains("RPE");
        browser.await(By.cssSelector("[data-test=commit-skip-invalid]")).click();
        browser.waiting(60).until(d -> d.findElement(By.cssSelector("[data-test=import-status]")).getText().toLowerCase().contains("committed"));

        int after = api.json().get("/athletes/" + athlete + "/sessions?size=1").then().extract().jsonPath().getInt("total");
        assertThat(after).isEqualTo(before + 1);
        open("/athletes/" + athlete);
        assertThat(visible("[data-test=session-row]").get(0).getText()).contains("42 min");
    }

    private void upload(Path file) {
        WebElement input = browser.driver.findElement(By.cssSelector("[data-test=import-file]"));
        browser.js("arguments[0].style.display='block'; arguments[0].style.opacity=1; arguments[0].style.position='static';"
                + "arguments[0].style.width='auto'; arguments[0].style.height='auto';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void aLargeFilesProgressBarReachesOneHundredPercent() throws IOException {
        long club = api.newClub();
        long athlete = api.newAthlete(club);
        Path large = Files.createTempFile("years", ".csv");
        StringBuilder csv = new StringBuilder("Date,Start,Type,Minutes,RPE,Notes\n");
        LocalDate first = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(60_000 / 10 + 2);
        for (int i = 0; i < 60_000; i++) {
            csv.append(first.plusDays(i / 10)).append(',').append(String.format("%02d:%02d", 6 + i % 10, 0))
                    .append(",easy,").append(30 + i % 40).append(",3,steady aerobic running along the river\n");
        }
        Files.writeString(large, csv, StandardCharsets.UTF_8);
        assertThat(Files.size(large)).isGreaterThan(2 * 1024 * 1024);

        signInAsAdmin();
        open("/clubs/" + club + "/import");
        browser.await(By.xpath("//label[contains(., \"one athlete's export\")]")).click();
        new org.openqa.selenium.support.ui.Select(browser.await(By.cssSelector("[data-test=import-athlete]")))
                .selectByValue(String.valueOf(athlete));
        upload(large);
        browser.waiting(120).until(d -> d.findElement(By.cssSelector("[data-test=import-status]")).getText().toLowerCase().contains("validated"));
        browser.await(By.cssSelector("[data-test=commit-all]")).click();
        int highest = 0;
        long deadline = System.currentTimeMillis() + 180_000;
        String status = "";
        while (System.currentTimeMillis() < deadline && !status.contains("committed")) {
            // read in one script: the bar is drawn anew on every poll
            @SuppressWarnings("unchecked")
            List<Object> bar = (List<Object>) browser.js("const b = document.querySelector('[data-test=import-progress]');"
                    + "const s = document.querySelector('[data-test=import-status]');"
                    + "return [b ? b.getAttribute('aria-valuenow') : null, b ? b.getAttribute('aria-valuemax') : null, s ? s.textContent : ''];");
            if (bar.get(0) != null && bar.get(1) != null && Double.parseDouble((String) bar.get(1)) > 0) {
                highest = Math.max(highest, (int) Math.round(100 * Double.parseDouble((String) bar.get(0)) / Double.parseDouble((String) bar.get(1))));
            }
            status = String.valueOf(bar.get(2)).toLowerCase();
        }
        assertThat(status).contains("committed");
        Object full = browser.js("const b = document.querySelector('[data-test=import-progress]');"
                + "return b && b.getAttribute('aria-valuenow') === b.getAttribute('aria-valuemax');");
        assertThat(full).as("the progress bar stands at its end").isEqualTo(Boolean.TRUE);
        assertThat(highest).isEqualTo(100);
        assertThat(api.json().get("/athletes/" + athlete + "/sessions?size=1").then().extract().jsonPath().getInt("total")).isEqualTo(60_000);
    }

    @Test
    void downloadsAWeeksReportWorkbook() throws IOException, InterruptedException {
        signInAsAdmin();
        open("/clubs/1/reports");
        browser.await(By.cssSelector("[data-test=report-download-week]")).click();
        long deadline = System.currentTimeMillis() + 30_000;
        Path workbook = null;
        while (workbook == null && System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(browser.downloads)) {
                workbook = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
            }
            Thread.sleep(200);
        }
        assertThat(workbook).as("a downloaded .xlsx").isNotNull();
        byte[] bytes = Files.readAllBytes(workbook);
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void aCoachSeesNoClubSettings() {
        String coach = "coach-" + System.nanoTime();
        api.json().body(Map.of("username", coach, "displayName", "Sam Coach", "role", "coach", "password", "a long passphrase here"))
                .post("/clubs/1/users").then().statusCode(201);
        signIn(coach, "a long passphrase here");
        browser.waiting(20).until(d -> d.getCurrentUrl().contains("/clubs/1/squad"));
        awaitPageReady();
        assertThat(browser.driver.findElements(By.cssSelector("[data-test=nav-settings]"))).isEmpty();
        open("/clubs/1/settings");
        assertThat(browser.await(By.cssSelector("[data-test=settings-forbidden]")).getText()).containsIgnoringCase("club admin");
    }

    @Test
    void plansAWeekOnTheGridByClickAndByDragAndShowsWhatItWouldTrigger() throws IOException {
        long club = api.json().body(Map.of("name", "Northside Runners", "timeZone", "Europe/Berlin",
                "locale", "en-GB")).post("/clubs").then().statusCode(201).extract().jsonPath().getLong("id");
        long athlete = api.json().body(Map.of("memberId", "LS-001", "name", "Ada Okafor", "sex", "female", "level", "intermediate",
                "maxHr", 188, "restingHr", 50)).post("/clubs/" + club + "/athletes").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        LocalDate monday = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.MONDAY));
        for (LocalDate day = monday.minusDays(28); day.isBefore(monday); day = day.plusDays(1)) {
            api.json().body(Map.of("date", day.toString(), "type", "easy", "movingMinutes", 40, "rpe", 3))
                    .post("/athletes/" + athlete + "/sessions").then().statusCode(201);
        }
        signInAsAdmin();
        open("/athletes/" + athlete);
        browser.await(By.cssSelector("[data-test=plan-link]")).click();
        browser.waiting(20).until(d -> d.getCurrentUrl().contains("/athletes/" + athlete + "/plan"));
        awaitPageReady();
        browser.waiting(20).until(d -> d.findElements(By.cssSelector("[data-test=plan-day]")).size() == 7);
        assertThat(browser.driver.findElements(By.cssSelector("[data-test=plan-day]")).get(0).getAttribute("data-date"))
                .isEqualTo(monday.toString());

        // the keyboard and click way: choose a type, then press a day's Add button
        browser.driver.findElement(By.cssSelector("[data-test=palette-type][data-type=intervals]")).click();
        day(1).findElement(By.cssSelector("[data-test=add-here]")).click();
        browser.driver.findElement(By.cssSelector("[data-test=palette-type][data-type=hills]")).click();
        day(2).findElement(By.cssSelector("[data-test=add-here]")).click();
        // dragging a type onto a day, with the browser's own drag events
        browser.js("const chip = document.querySelector('[data-test=palette-type][data-type=long]');"
                + "const day = document.querySelectorAll('[data-test=plan-day]')[6];"
                + "const data = new DataTransfer();"
                + "chip.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                + "day.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + "day.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + "chip.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));");
        WebElement sunday = browser.waiting(10).until(d -> day(6).findElements(By.cssSelector("[data-test=planned-session]"))
                .stream().findFirst().orElse(null));
        assertThat(sunday.getAttribute("data-type")).isEqualTo("long");
        WebElement minutes = sunday.findElement(By.cssSelector("[data-test=planned-minutes]"));
        minutes.clear();
        minutes.sendKeys("110");

        browser.driver.findElement(By.cssSelector("[data-test=save-plan]")).click();
        WebElement buffer = browser.waiting(20).until(d -> d.findElements(By.cssSelector("[data-test=plan-finding][data-rule=buffer-day]"))
                .stream().findFirst().orElse(null));
        assertThat(buffer.getText()).contains("Tue intervals then Wed hills: no buffer day between them");
        browser.waiting(10).until(d -> d.findElements(By.cssSelector("[data-test=unsaved]")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector("[data-test=plan-projection]")).getText()).contains("AU");
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot(SCREENSHOTS.resolve("plan.png"));
        List<String> failures = axe(Files.readString(AXE), "/athletes/" + athlete + "/plan");
        assertThat(failures).isEmpty();

        String week = String.format("%d-W%02d", monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        var plan = api.json().get("/athletes/" + athlete + "/plan/" + week).then().statusCode(200).extract().jsonPath();
        assertThat(plan.getList("sessions.type")).containsExactly("intervals", "hills", "long");
        assertThat(plan.getList("sessions.minutes", Float.class)).containsExactly(50.0f, 45.0f, 110.0f);
    }

    private WebElement day(int index) {
        return browser.driver.findElements(By.cssSelector("[data-test=plan-day]")).get(index);
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolation() throws IOException {
        String axe = Files.readString(AXE);
        List<String> failures = new ArrayList<>();
        browser.driver.get(base + "/sign-in");
        browser.await(By.id("username"));
        failures.addAll(axe(axe, "/sign-in"));

        signInAsAdmin();
        long athlete = demoAthlete("RH-001");
        byte[] sample = api.plain().baseUri(base).get("/samples/loadwise-sample.xlsx").then().statusCode(200).extract().asByteArray();
        long importId = api.plain().multiPart("file", "sample.xlsx", sample).post("/clubs/1/imports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (String page : List.of("/clubs", "/clubs/1/squad", "/athletes/" + athlete, "/clubs/1/import", "/imports/" + importId,
                "/clubs/1/reports", "/clubs/1/settings", "/scoring-runs")) {
            open(page);
            failures.addAll(axe(axe, page));
        }
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String page : List.of("/clubs/1/squad", "/athletes/" + athlete)) {
            open(page);
            failures.addAll(axe(axe, page + " at 390 px"));
            assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                    .as("%s has no page-wide horizontal scroll at 390 px", page).isLessThanOrEqualTo(390L);
        }
        assertThat(failures).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> axe(String axe, String page) {
        browser.js(axe);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.asyncJs(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(page + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " " + v.get("nodes"));
            }
        }
        System.out.printf("axe-core %s: %d violations, %d serious or critical%n", page, violations.size(), serious.size());
        return serious;
    }

    @Test
    void printsThePerformanceBudget() throws IOException {
        long initialGzip = initialJavaScriptGzipped();
        signInAsAdmin();
        Figures demo = squadFigures("/clubs/1/squad");

        long club = api.newClub();
        LocalDate monday = LocalDate.now(java.time.ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int a = 0; a < 200; a++) {
            for (int d = 0; d < 21; d += 2) {
                items.add(Map.of("memberId", "BIG-" + a, "name", "Runner " + a, "date", monday.minusDays(14).plusDays(d).toString(),
                        "type", d % 4 == 0 ? "intervals" : "easy", "movingMinutes", 35 + a % 30, "rpe", d % 4 == 0 ? 7 : 3));
            }
        }
        api.json().body(Map.of("items", items, "createAthletes", true)).post("/clubs/" + club + "/sessions/bulk").then().statusCode(200);
        String week = api.json().get("/clubs/" + club + "/squad").then().extract().jsonPath().getString("week");
        long run = api.json().body(Map.of("club", club, "week", week)).post("/scoring/runs").then().statusCode(202)
                .extract().jsonPath().getLong("executionId");
        api.awaitRun("/scoring/runs/" + run, "COMPLETED");
        Figures big = squadFigures("/clubs/" + club + "/squad");

        long athlete = demoAthlete("RH-004");
        browser.driver.get(base + "/athletes/" + athlete);
        awaitPageReady();
        long athleteRequests = apiRequestsBeforeMark("page-ready");

        System.out.printf("Performance budget: initial JavaScript %.1f KB gzipped (budget 250 KB)%n", initialGzip / 1024.0);
        System.out.printf("Performance budget: demo club squad page ready %.0f ms after navigation, %d API requests (budget 1500 ms, 4)%n",
                demo.readyMs, demo.apiRequests);
        System.out.printf("Performance budget: 200-athlete squad page ready %.0f ms after navigation, %d API requests (budget 1500 ms, 4)%n",
                big.readyMs, big.apiRequests);
        System.out.printf("Performance budget: athlete page %d API requests to first render (budget 4)%n", athleteRequests);
        assertThat(initialGzip).isLessThanOrEqualTo(250 * 1024);
        assertThat(demo.apiRequests).isLessThanOrEqualTo(4);
        assertThat(big.apiRequests).isLessThanOrEqualTo(4);
        assertThat(athleteRequests).isLessThanOrEqualTo(4);

        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/clubs/1/squad");
        browser.screenshot(SCREENSHOTS.resolve("squad-phone.png"));
        open("/athletes/" + athlete);
        browser.waiting(30).until(d -> d.findElements(By.cssSelector("[data-test=chart-load][data-rendered=true]")).size() == 1);
        browser.screenshot(SCREENSHOTS.resolve("athlete-phone.png"));
    }

    private record Figures(double readyMs, long apiRequests) {
    }

    /** A fresh navigation to a squad page: when it was ready, and how many API requests it made before. */
    private Figures squadFigures(String path) {
        browser.driver.get(base + path);
        browser.waiting(30).until(d -> "true".equals(browser.js("return document.documentElement.dataset.squadReady")));
        Number ready = (Number) browser.js("const m = performance.getEntriesByName('squad-ready'); return m.length ? m[0].startTime : -1;");
        return new Figures(ready.doubleValue(), apiRequestsBeforeMark("squad-ready"));
    }

    private long apiRequestsBeforeMark(String mark) {
        Number count = (Number) browser.js("const m = performance.getEntriesByName(arguments[0]); const t = m.length ? m[0].startTime : 1e12;"
                + "return performance.getEntriesByType('resource').filter(e => e.name.includes('/api/v1/') && e.startTime <= t).length;", mark);
        return count.longValue();
    }

    /** The entry script of index.html and the chunks it preloads, gzipped. */
    private static long initialJavaScriptGzipped() throws IOException {
        String index = Files.readString(BUILT.resolve("index.html"));
        Matcher scripts = Pattern.compile("(?:src|href)=\"/(assets/[^\"]+\\.js)\"").matcher(index);
        long total = 0;
        while (scripts.find()) {
            byte[] raw = Files.readAllBytes(BUILT.resolve(scripts.group(1)));
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(raw);
            }
            total += zipped.size();
        }
        assertThat(total).as("index.html names its scripts").isPositive();
        return total;
    }
}
