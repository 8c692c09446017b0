package org.algos.web.it.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages. Selenium is pointed at the installed browser and
 * driver, so it never tries to download either; a machine without them fails with what to install.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("algos.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("algos.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path userData;

    public Browser(String base) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        try {
            userData = Files.createTempDirectory("algos-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + userData);
        // PDFs are saved (not shown in a viewer) to a folder of this browser's own, for downloaded()
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads().toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Each browser is a client of its own behind the proxy the test servers trust, so that the
        // sign-in failures of one test never make another one wait (sign-in throttling per address).
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For",
                "10.255." + ThreadLocalRandom.current().nextInt(256) + "."
                        + ThreadLocalRandom.current().nextInt(1, 255))));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // A condition that reads an element ajax replaces meanwhile is read again, not failed.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(StaleElementReferenceException.class); // PrimeFaces replaces parts of the page on ajax
        this.base = base.endsWith("/") ? base : base + "/";
    }

    private Path downloads() {
        return userData.resolve("downloads");
    }

    /**
     * Clicks a button that answers with a file and returns the file once the browser has saved it
     * (a new file in the download folder that is no longer partial).
     */
    public byte[] download(String buttonId) {
        try {
            Files.createDirectories(downloads());
            Set<Path> before;
            try (var files = Files.list(downloads())) {
                before = files.collect(Collectors.toSet());
            }
            click(buttonId);
            // Chromium writes a hidden temporary file and a .crdownload before the file's own name
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try (var files = Files.list(downloads())) {
                    Path saved = files.filter(f -> !before.contains(f)).filter(Browser::isFinished).findFirst()
                            .orElse(null);
                    return saved == null ? null : Files.readAllBytes(saved);
                } catch (IOException | UncheckedIOException stillBeingWritten) {
                    return null;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFinished(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".crdownload") && !name.endsWith(".tmp");
    }

    public void open(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * The element's text once it is shown, read again while ajax replaces the element (a stale
     * reference, or ChromeDriver's "does not belong to the document").
     */
    public String textOf(String id) {
        return wait.until(d -> {
            try {
                WebElement element = d.findElement(By.id(id));
                return element.isDisplayed() ? element.getText() : null;
            } catch (WebDriverException pageChanging) {
                return null;
            }
        });
    }

    public boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks once the element is clickable; an element that ajax replaced meanwhile is looked up again.
     * The element is first scrolled to the middle of the window, clear of the chart's sticky menu.
     */
    public void click(String id) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(d);
            if (element == null) {
                return false;
            }
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    /** Types a date into a p:datePicker (whose calendar opens only from its button) and leaves the field. */
    public void typeDate(String datePickerId, String isoDate) {
        type(datePickerId + "_input", isoDate);
        find(datePickerId + "_input").sendKeys(Keys.TAB);
    }

    /**
     * Picks the item whose label ends with {@code label} in a PrimeFaces drop-down. The list opens
     * with an animation, so this opens it, picks, and repeats until the drop-down shows the choice.
     */
    public void choose(String menuId, String label) {
        choose(menuId, text -> text.endsWith(label));
    }

    /** As {@link #choose(String, String)}, for the item whose label contains {@code text}. */
    public void chooseContaining(String menuId, String text) {
        choose(menuId, label -> label.contains(text));
    }

    private void choose(String menuId, Predicate<String> wanted) {
        wait.until(d -> {
            if (wanted.test(find(menuId + "_label").getText())) {
                return true;
            }
            if (!d.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                click(menuId);
                return false;
            }
            d.findElements(By.cssSelector("[id='" + menuId + "_items'] li")).stream()
                    .filter(li -> li.isDisplayed() && wanted.test(li.getText()))
                    .findFirst().ifPresent(WebElement::click);
            return false;
        });
        wait.until(d -> !d.findElement(By.id(menuId + "_panel")).isDisplayed());
    }

    /** Clicks a button that submits the whole page (not ajax) and waits until the next page replaced it. */
    public void submit(String buttonId) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(buttonId);
        // Gone once stale; ChromeDriver may also say the node "does not belong to the document".
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }

    public void waitForText(String id, String text) {
        // Read again while the page is being replaced: ChromeDriver may then report the element as not
        // belonging to the document (a WebDriverException, not a stale reference).
        wait.until(d -> {
            try {
                return d.findElement(By.id(id)).getText().contains(text);
            } catch (WebDriverException pageChanging) {
                return false;
            }
        });
    }

    public void waitForUrlContaining(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /**
     * Opens a chart section read only when opened (its anchor, e.g. "procedures") and waits until
     * it shows what it holds; a section already open, or not on the page, is left as it is.
     */
    public void openChartSection(String anchor) {
        By wrapper = By.cssSelector("[data-section='" + anchor + "']");
        if (driver.findElements(wrapper).isEmpty()) {
            return;
        }
        if (isPresent(anchor + "Opener:open")) {
            click(anchor + "Opener:open");
        }
        wait.until(d -> {
            try {
                return "true".equals(d.findElement(wrapper).getAttribute("data-loaded"));
            } catch (WebDriverException replaced) {
                return false;
            }
        });
    }

    public List<WebElement> rows(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr[data-ri]"));
    }

    /** Presses a key on the element with the keyboard focus (or the page). */
    public void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** Whether the element's top is within the window, as after following a link to it. */
    public boolean isScrolledIntoView(String id) {
        Object top = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight && window.scrollY > 0;", id);
        return Boolean.TRUE.equals(top);
    }

    /** The id of the element that has the keyboard focus, or "" when none has one. */
    public String focusedElementId() {
        WebElement active = driver.switchTo().activeElement();
        return active == null || active.getAttribute("id") == null ? "" : active.getAttribute("id");
    }

    /** The tag name (lower case) of the element that has the keyboard focus. */
    public String focusedTag() {
        WebElement active = driver.switchTo().activeElement();
        return active == null ? "" : active.getTagName().toLowerCase(java.util.Locale.ROOT);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /**
     * Console errors since the last call: a failing script is a failing page, and so is anything
     * the page's Content-Security-Policy refused (Chromium logs an enforced violation as an error,
     * a report-only one as information).
     */
    public List<String> javaScriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Fails on what a user must never meet: a script error in the console, or an exception or a
     * stack trace on the page.
     */
    public void assertNoScriptErrorsOrStackTraces() {
        List<String> errors = javaScriptErrors();
        if (!errors.isEmpty()) {
            throw new AssertionError("JavaScript errors: " + errors);
        }
        String text = pageText();
        if (text.contains("Exception") || text.contains("\tat ") || text.contains("Stack Trace")) {
            throw new AssertionError("The page shows an exception or a stack trace: " + text);
        }
    }

    /** After a test: a screenshot of the last page, the page checked, the browser closed. */
    public void finish(Path screenshot) {
        try {
            screenshot(screenshot);
            assertNoScriptErrorsOrStackTraces();
        } finally {
            close();
        }
    }

    /** The whole page, not only the window, so that a reviewer sees every section. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, fullPage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] fullPage() {
        try {
            ChromeDriver chrome = (ChromeDriver) driver;
            Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                    "scale", 1);
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException e) {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userData)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
