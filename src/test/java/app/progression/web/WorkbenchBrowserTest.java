package app.progression.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench end to end in Debian's headless chromium, driven by Selenium as the HTML view's test does: the
 * squad, planning an athlete while progress shows, saving, dragging a session onto a day the athlete is not free
 * (a hard rule named), a changed weight compared side by side, and a bad profile field shown next to its input.
 * Screenshots go to {@code <build>/web-screenshots/}. Skipped only where chromium is missing and CI is not set.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Finn is free on three days a week, so every week has days to drop a session on that break a rule. */
    private static final String ATHLETE = "finn";

    /** Held so that its level stays set: Selenium's notes (no DevTools module for this chromium) are not output. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver driver;
    private static Path userDataDir;
    private static Path screenshots;
    private static TestWorkbench bench;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String ci = System.getenv("CI");
        assumeTrue(installed || (ci != null && !ci.isBlank()), "chromium and chromium-driver are not installed");
        if (!installed) {
            fail("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run should install them");
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        screenshots = Path.of(WorkbenchBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("web-screenshots");
        Files.createDirectories(screenshots);
        // Long enough to watch the progress, short enough for a test; seeded, so the plan is the same every run.
        bench = TestWorkbench.start(2, null);
        userDataDir = Files.createTempDirectory("progression-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + userDataDir);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (bench != null) {
            bench.close();
        }
        if (userDataDir != null) {
            try (Stream<Path> files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
    }

    private static WebElement visible(String css) {
        return waiting(20).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /**
     * Loads the page afresh at {@code hash} and waits for {@code ready}: going from one hash to another (or to the
     * same one) would not reload the page, and the view it showed before would still be there.
     */
    private static void open(String hash, String ready) {
        driver.get("about:blank");
        driver.get(bench.base() + "/" + hash);
        visible(ready);
    }

    private static void screenshot(String name) throws Exception {
        Files.write(screenshots.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(1)
    void theSquadListsEveryAthleteWithStatus() throws Exception {
        open("#/squad", "#squad tbody tr");
        waiting(20).until(d -> d.findElements(By.cssSelector("#squad tbody tr[data-athlete]")).size()
                == TestWorkbench.ATHLETES.size());
        for (String athlete : TestWorkbench.ATHLETES) {
            WebElement row = driver.findElement(By.cssSelector("#squad tr[data-athlete='" + athlete + "']"));
            assertTrue(row.findElement(By.className("status")).getText().startsWith("not planned"), row.getText());
        }
        assertTrue(driver.findElement(By.id("team-name")).getText().contains("Riverside"));
        screenshot("squad.png");
        assertNoConsoleErrors();
    }

    @Test
    @Order(2)
    void planningShowsProgressThenTheWeeksAndSavingKeepsThePlan() throws Exception {
        open("#/athlete/" + ATHLETE, "#plan-button");
        driver.findElement(By.id("plan-button")).click();
        // Watch the progress as a coach would: the best score so far shows while it solves.
        List<String> seen = new ArrayList<>();
        waiting(60).until(d -> {
            String status = d.findElement(By.id("plan-status")).getText();
            if (!status.isBlank() && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status))) {
                seen.add(status);
            }
            return status.startsWith("Planned") ? status : null;
        });
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("Planning") || s.startsWith("Waiting")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.contains("best so far")), seen.toString());
        assertEquals(8, driver.findElements(By.cssSelector("#plan-grid section.week")).size());
        assertEquals(7, driver.findElements(By.cssSelector("#week-1 li.day")).size());
        assertFalse(driver.findElements(By.cssSelector("#week-1 .session.strength")).isEmpty());
        screenshot("planned.png");

        driver.findElement(By.id("save-plan")).click();
        waiting(20).until(d -> d.findElement(By.id("plan-status")).getText().startsWith("Plan saved"));
        assertTrue(Files.isRegularFile(bench.folder.resolve("plans").resolve(ATHLETE + ".json")));
        assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void clickingASessionExplainsItAndDraggingItOntoABusyDayNamesTheHardRule() throws Exception {
        open("#/athlete/" + ATHLETE, "#plan-button");
        WebElement strength = visible("#week-1 .session.strength");
        strength.click();
        WebElement explanation = visible("#explain-panel");
        assertTrue(explanation.getText().contains("Why it is here"), explanation.getText());

        strength = driver.findElement(By.cssSelector("#week-1 .session.strength"));
        WebElement notFree = driver.findElement(By.cssSelector("#week-1 li.day.unavailable"));
        // The explanation opened above the weeks; bring week 1 back into view, as a coach would scroll to it.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", strength);
        new Actions(driver).clickAndHold(strength).moveByOffset(12, 12).moveToElement(notFree).pause(100)
                .release().perform();
        WebElement preview = visible("#move-preview");
        waiting(20).until(d -> preview.getText().contains("nothing-on-unavailable-days"));
        assertTrue(preview.findElement(By.cssSelector(".hard-rules")).getText()
                .contains("nothing-on-unavailable-days"), preview.getText());
        assertFalse(driver.findElement(By.id("save-plan")).isEnabled(), "a plan breaking a hard rule cannot be saved");
        screenshot("moved.png");
        driver.findElement(By.id("undo-move")).click();
        waiting(10).until(d -> !d.findElement(By.id("save-bar")).isDisplayed());
        assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void aChangedWeightIsComparedSideBySide() throws Exception {
        open("#/athlete/" + ATHLETE, "#plan-button");
        WebElement weight = visible("input.weight-number[data-rule='runs-not-back-to-back']");
        weight.clear();
        weight.sendKeys("200");
        driver.findElement(By.id("compare-button")).click();
        WebElement comparison = waiting(90).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#comparison .comparison"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertTrue(comparison.getText().contains("runs-not-back-to-back 30 → 200"), comparison.getText());
        WebElement row = comparison.findElement(By.cssSelector("tr[data-rule='runs-not-back-to-back']"));
        assertTrue(row.getText().contains("200"), row.getText());
        assertTrue(comparison.getText().contains("days differ"));
        driver.executeScript("arguments[0].scrollIntoView()", comparison);
        screenshot("compared.png");
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void aBadProfileFieldIsShownNextToTheField() throws Exception {
        open("#/athlete/" + ATHLETE, "#plan-button");
        WebElement weeks = visible("[id='f-weeks']");
        weeks.clear();
        weeks.sendKeys("99");
        driver.findElement(By.id("save-profile")).click();
        WebElement error = waiting(20).until(d -> {
            WebElement slot = d.findElement(By.cssSelector("[data-error-for='weeks']"));
            return slot.getText().isBlank() ? null : slot;
        });
        assertTrue(error.getText().contains("52"), error.getText());
        WebElement field = weeks.findElement(By.xpath("ancestor::div[@data-field='weeks']"));
        assertTrue(field.getAttribute("class").contains("invalid"));
        assertEquals(field, error.findElement(By.xpath("ancestor::div[@data-field='weeks']")));
        screenshot("bad-field.png");
        // The file on disk is untouched.
        assertFalse(Files.readString(bench.folder.resolve(ATHLETE + ".json")).contains("99"));
    }

    /** Console errors, less the browser's own note of a 4xx answer the page handled (a refused save). */
    private static void assertNoConsoleErrors() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<String> severe = entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !message.contains("the server responded with a status of 4"))
                .toList();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }
}
