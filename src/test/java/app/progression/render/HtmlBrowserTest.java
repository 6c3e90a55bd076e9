package app.progression.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.progression.catalog.Catalog;
import app.progression.catalog.CatalogLoader;
import app.progression.io.AtomicFiles;
import app.progression.plan.PlanDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;

/**
 * The HTML page in a real headless browser: Debian's chromium, driven by Selenium through Debian's chromedriver.
 * It loads without console errors and shows every week on a desktop and on a 390 px phone (where nothing may
 * scroll sideways and the chart stays legible), prints with tick boxes and pain scores, and leaves screenshots
 * and PDFs in the build directory ({@code <build>/render-screenshots/}). Skipped only where chromium is missing and CI is not set; in CI it runs.
 */
class HtmlBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int WEEKS = 8;
    private static final int PHONE_WIDTH = 390;

    /** Selenium's own notes (such as not having a DevTools module for this chromium) are not test output. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver driver;
    private static Path userDataDir;
    private static Path outputDir;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String ci = System.getenv("CI");
        boolean inCi = ci != null && !ci.isBlank();
        assumeTrue(installed || inCi, "chromium and chromium-driver are not installed (apt-get install chromium "
                + "chromium-driver); the browser test runs wherever they are, and always in CI");
        if (!installed) {
            fail("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run should install them");
        }
        SELENIUM_LOG.setLevel(Level.SEVERE);
        outputDir = buildDirectory().resolve("render-screenshots");
        Files.createDirectories(outputDir);
        userDataDir = Files.createTempDirectory("progression-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + userDataDir);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (userDataDir != null) {
            try (Stream<Path> files = Files.walk(userDataDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** {@code <build>/test-classes} is where this class was loaded from; its parent is the build directory. */
    private static Path buildDirectory() throws Exception {
        Path classes = Path.of(HtmlBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent();
    }

    private static Path page(String name, PlanDocument plan) throws Exception {
        Catalog catalog = CatalogLoader.builtIn();
        Path file = outputDir.resolve(name);
        AtomicFiles.write(file, HtmlRenderer.render(plan, catalog));
        return file;
    }

    @Test
    void thePageLoadsCleanlyShowsEveryWeekAndIsScreenshot() throws Exception {
        PlanDocument plan = TestPlans.sample(WEEKS);
        Path file = page("plan.html", plan);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(file.toUri().toString());

        assertEquals("complete", driver.executeScript("return document.readyState"));
        assertTrue(driver.getTitle().startsWith("Training plan for Sam"), driver.getTitle());
        assertEveryWeekShown(WEEKS);
        // Seven days side by side on a wide screen: the week's day cells share one row.
        List<WebElement> days = driver.findElements(By.cssSelector("#week-1 li.day"));
        assertEquals(days.get(0).getLocation().getY(), days.get(6).getLocation().getY());
        assertTrue(days.get(6).getLocation().getX() > days.get(0).getLocation().getX());
        // The wide chart was drawn and has a size; the phone's chart is hidden; the warning box is there.
        WebElement chart = driver.findElement(By.cssSelector(".chart-wide svg.chart"));
        assertTrue(chart.getSize().getHeight() > 200 && chart.getSize().getWidth() > 500, chart.getSize().toString());
        assertEquals(WEEKS, chart.findElements(By.cssSelector("rect.bar")).size());
        assertFalse(driver.findElement(By.cssSelector(".chart-narrow")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("section.warnings")).getText().contains("Heel pain"));
        assertTrue(driver.findElement(By.cssSelector("section.stop")).getText().contains("Stop any exercise that hurts"));
        assertTrue(driver.findElement(By.cssSelector("section.findings")).getText().contains("Tight hip flexor: left side"));
        // Every link to a how-to lands on one.
        for (WebElement link : driver.findElements(By.cssSelector(".session a, .findings a"))) {
            String target = link.getAttribute("hash").substring(1);
            assertFalse(driver.findElements(By.id(target)).isEmpty(), "how-to " + target);
        }
        // Nothing to tick on a screen: the boxes are for paper.
        assertTrue(driver.findElements(By.cssSelector(".tick, .pain")).stream().noneMatch(WebElement::isDisplayed));
        assertTrue(horizontalOverflow() <= 0, "page is wider than the window by " + horizontalOverflow());

        Files.write(outputDir.resolve("plan.png"), driver.getScreenshotAs(OutputType.BYTES));
        fullPageScreenshot("plan-full.png", 1280);
        assertNoConsoleErrors();
    }

    /**
     * A phone 390 CSS pixels wide, emulated as a mobile device (so the page's viewport meta and media queries apply
     * as on a phone): nothing scrolls sideways, the days of a week form a list, and the chart's text is at least
     * 11 pixels high as shown.
     */
    @Test
    void onA390PixelPhoneNothingScrollsSidewaysAndTheChartIsLegible() throws Exception {
        int weeks = 12;
        Path file = page("plan-phone.html", TestPlans.sample(weeks));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        try {
            driver.get(file.toUri().toString());
            int scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
            assertTrue(scrollWidth <= PHONE_WIDTH, "the page is " + scrollWidth + " px wide on a 390 px phone");
            // A phone zooms out to fit a page that is too wide, which would widen the layout viewport.
            assertEquals(PHONE_WIDTH, ((Number) driver.executeScript("return window.innerWidth")).intValue());
            assertEveryWeekShown(weeks);

            List<WebElement> days = driver.findElements(By.cssSelector("#week-1 li.day"));
            for (int i = 1; i < days.size(); i++) {
                assertTrue(days.get(i).getLocation().getY() > days.get(i - 1).getLocation().getY(), "days form a list");
                assertEquals(days.get(0).getLocation().getX(), days.get(i).getLocation().getX());
            }
            assertFalse(driver.findElement(By.cssSelector(".chart-wide")).isDisplayed());
            List<WebElement> charts = driver.findElements(By.cssSelector(".chart-narrow svg.chart"));
            assertEquals(2, charts.size(), "12 weeks: weeks 1-8 and 9-12");
            assertTrue(charts.stream().allMatch(WebElement::isDisplayed));
            @SuppressWarnings("unchecked")
            List<Number> text = (List<Number>) driver.executeScript(SMALLEST_CHART_TEXT);
            assertTrue(text.get(1).intValue() > 50, "chart text found: " + text.get(1));
            assertTrue(text.get(0).doubleValue() >= 11, "smallest chart text: " + text.get(0) + " px");

            Files.write(outputDir.resolve("plan-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
            fullPageScreenshot("plan-phone-full.png", PHONE_WIDTH);
            assertNoConsoleErrors();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The smallest chart text as rendered (font size times the SVG's scale on screen), and how many texts. */
    private static final String SMALLEST_CHART_TEXT = """
            let smallest = 1e9, count = 0;
            for (const svg of document.querySelectorAll('svg.chart')) {
              if (svg.getBoundingClientRect().width === 0) continue;
              const scale = svg.getScreenCTM().a;
              for (const text of svg.querySelectorAll('text')) {
                count++;
                smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
              }
            }
            return [smallest, count];""";

    /**
     * Printed: every session gets a tick box and every strength session a pain score (0-10), days are kept whole
     * on a page where they fit, and the page prints to PDF on A4 and Letter.
     */
    @Test
    void printedEverySessionHasATickBoxAndStrengthAPainScore() throws Exception {
        PlanDocument plan = TestPlans.sample(WEEKS);
        Path file = page("plan-print.html", plan);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(file.toUri().toString());
        long strengthSessions = plan.days().stream().flatMap(day -> day.sessions().stream())
                .filter(session -> session.kind() == app.progression.domain.SessionKind.STRENGTH).count();

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            List<WebElement> ticks = driver.findElements(By.cssSelector(".session .tick"));
            assertEquals(TestPlans.sessionCount(plan), ticks.size());
            for (WebElement tick : ticks) {
                assertTrue(tick.isDisplayed() && tick.getSize().getWidth() >= 8 && tick.getSize().getHeight() >= 8,
                        "a tick box big enough to tick: " + tick.getSize());
            }
            List<WebElement> pain = driver.findElements(By.cssSelector(".session .pain"));
            assertEquals(strengthSessions, pain.size());
            for (WebElement box : pain) {
                assertTrue(box.isDisplayed());
                assertEquals("Pain 0\u201310:", box.getText().strip());
                assertTrue(box.findElement(By.className("blank")).getSize().getWidth() > 15);
                assertTrue(box.findElement(By.xpath("..")).getAttribute("class").contains("strength"));
            }
            assertEquals("avoid", driver.executeScript(
                    "return getComputedStyle(document.querySelector('li.day')).breakInside"));
            assertTrue(driver.findElement(By.cssSelector(".chart-wide")).isDisplayed());
            assertFalse(driver.findElement(By.cssSelector(".chart-narrow")).isDisplayed());
            fullPageScreenshot("plan-print-media.png", 1280);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        for (String paper : List.of("a4", "letter")) {
            PrintOptions print = new PrintOptions();
            print.setPageSize(paper.equals("a4") ? new org.openqa.selenium.print.PageSize(29.7, 21.0)
                    : new org.openqa.selenium.print.PageSize(27.94, 21.59));
            print.setBackground(true);
            byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
            Files.write(outputDir.resolve("plan-" + paper + ".pdf"), pdf);
            String head = new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertEquals("%PDF-", head);
            int pages = countPages(pdf);
            // Eight weeks, the chart and the how-to: a few pages, not one per day.
            assertTrue(pages >= 2 && pages <= 8, paper + ": " + pages + " pages");
        }
        assertNoConsoleErrors();
    }

    private static void assertEveryWeekShown(int weeks) {
        List<String> headings = driver.findElements(By.cssSelector("section.week > h2")).stream()
                .map(WebElement::getText).toList();
        assertEquals(weeks, headings.size(), headings.toString());
        for (int week = 1; week <= weeks; week++) {
            String prefix = "Week " + week + " ";
            assertTrue(headings.stream().anyMatch(h -> h.startsWith(prefix)), "heading for week " + week);
            WebElement section = driver.findElement(By.id("week-" + week));
            assertTrue(section.isDisplayed(), "week " + week + " is shown");
            assertEquals(7, section.findElements(By.cssSelector("li.day")).size());
        }
    }

    private static int horizontalOverflow() {
        return ((Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
    }

    /** The whole page, not only the window, as a PNG in the build directory. */
    private static void fullPageScreenshot(String name, int width) throws Exception {
        int height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", width, "height", height, "scale", 1)));
        Files.write(outputDir.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static int countPages(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return pages;
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<String> severe = entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }
}
