package radar.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import radar.Database;
import radar.SeedArticles;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs; skipped where they are missing, except with -Dtest.require-browser=true, as CI runs it): the seeds posted
 * as a batch show its progress, their contradictions appear, a new article's pair appears without a reload,
 * a pair is dismissed, and HTML in statements is shown as text.
 */
@QuarkusTest
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL page;

    @Inject Database database;

    WebDriver browser;
    Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        // CI installs the browser and sets test.require-browser: there, a missing browser fails the test instead of skipping it.
        if (Boolean.getBoolean("test.require-browser")) assertTrue(present, "needs Debian's chromium and chromium-driver at " + CHROMIUM + " and " + DRIVER);
        assumeTrue(present, "needs Debian's chromium and chromium-driver");
        database.clear();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void showsContradictionsLiveLetsAnalystsDismissAndNeverRunsTheirHtml() throws Exception {
        browser.get(page.toString());
        // The seeds as one batch: the panel shows it running with a progress bar, then done.
        List<Map<String, Object>> seeds = SeedArticles.all().entrySet().stream()
                .map(e -> Map.<String, Object>of("title", e.getKey(), "text", e.getValue())).toList();
        int batch = given().contentType(ContentType.JSON).body(Map.of("articles", seeds)).post("/batches").then().statusCode(202).extract().path("id");
        waitFor(Duration.ofSeconds(60), () -> batchesText().contains("Batch " + batch + ": running"));
        WebElement progress = browser.findElement(By.cssSelector("#batches li[data-id='" + batch + "'] progress"));
        assertEquals(String.valueOf(seeds.size()), progress.getAttribute("max"));
        waitFor(Duration.ofSeconds(90), () -> (batchesText().matches("(?s).*Batch " + batch + ": running, [1-9] of .*") && !cards().isEmpty())
                || batchesText().contains("Batch " + batch + ": done"));
        saveScreenshot(); // a batch in progress, its first pairs listed
        radar.api.BatchResourceTest.awaitFinished(batch);
        waitFor(Duration.ofSeconds(20), () -> batchesText().contains("Batch " + batch + ": done, " + seeds.size() + " of " + seeds.size()));
        int flagged = given().get("/contradictions?size=100").then().statusCode(200).extract().path("total");
        assertTrue(flagged > 5, "the seeds give flagged pairs: " + flagged);
        // The page polls every few seconds: wait until it shows every pair the service flagged.
        waitFor(Duration.ofSeconds(30), () -> pageText().contains("there was no damage") && cards().size() == flagged);
        assertEquals(flagged, cards().size(), "the seed pairs are listed");
        // Strongest first: what rests on more than the model's word, then both-way agreement.
        List<Double> strengths = cards().stream().map(c -> Double.parseDouble(c.getAttribute("data-strength"))).toList();
        for (int i = 1; i < strengths.size(); i++) assertTrue(strengths.get(i - 1) >= strengths.get(i), "ordered by strength: " + strengths);
        waitFor(Duration.ofSeconds(20), () -> browser.findElement(By.id("actors")).getText().contains(" statements, ")); // refreshed every 15 s

        // A new article's pair appears without a reload.
        post(Map.of("source", "Courier", "text", "The Food Safety Agency said the factory had passed every inspection this year. "
                + "Workers' union spokesperson Maria Lopez said the factory had failed every inspection this year."));
        waitFor(Duration.ofSeconds(20), () -> pageText().contains("Maria Lopez"));

        // Dismiss the newest pair: the card says so, and so does the API.
        WebElement newest = cards().get(0);
        String id = newest.getAttribute("data-id");
        newest.findElement(By.className("comment")).sendKeys("not the same inspection");
        newest.findElement(By.className("dismiss")).click();
        waitFor(Duration.ofSeconds(10), () -> browser.findElement(By.cssSelector("#pairs .pair[data-id='" + id + "']"))
                .getAttribute("class").contains("dismissed"));
        given().get("/contradictions/" + id).then().statusCode(200)
                .body("review.status", org.hamcrest.Matchers.equalTo("dismissed"))
                .body("review.comment", org.hamcrest.Matchers.equalTo("not the same inspection"));

        // Statement text is text: script and onerror attributes are shown, never run.
        post(Map.of("source", "Gazette", "text", "Posting as <script>window.__xss = 1</script>, the port authority said that the pier had passed every inspection this year. "
                + "In a note headed <img src=x onerror=\"window.__xss = 2\">, harbour engineers said that the pier had failed every inspection this year."));
        waitFor(Duration.ofSeconds(20), () -> pageText().contains("<script>window.__xss = 1</script>")
                && pageText().contains("<img src=x onerror=\"window.__xss = 2\">"));
        Thread.sleep(500);
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss;"), "no injected code ran");
        assertEquals(0L, ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#pairs img, #pairs script').length;"));
    }

    private List<WebElement> cards() {
        return browser.findElements(By.cssSelector("#pairs .pair"));
    }

    private String batchesText() {
        return browser.findElement(By.id("batches")).getText();
    }

    private String pageText() {
        return browser.findElement(By.id("pairs")).getText();
    }

    private void waitFor(Duration timeout, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout).ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    private void saveScreenshot() throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void post(Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).post("/articles").then().statusCode(201);
    }
}
