package jp.kochi.vrm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.kochi.vrm.devstack.RunPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, signed in (or not) as one user. Every page check runs
 * axe-core and fails on WCAG 2.1 A/AA violations.
 */
public final class Browser implements AutoCloseable {

    /** The demo accounts' password (realm-export, DEMO ONLY). */
    public static final String DEMO_PASSWORD = "Demo-Pass-2026!";

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final String portalUrl;
    /** Chromium's profile folder, one per browser; removed on {@link #close}. */
    private final Path profile;

    public Browser(String portalUrl) {
        this.portalUrl = portalUrl;
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        try {
            profile = Files.createTempDirectory("vrm-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ja", "--user-data-dir=" + profile);
        // The portal follows the browser's Accept-Language when the user has chosen no language: the tests' browser
        // asks for Japanese, as a city office's does (headless Chromium sends en-US whatever --lang says).
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(portalUrl + path);
        waitForAjax();
    }

    /** Signs in through Keycloak's own login page; ends on the portal's page for the user's role. */
    public void signIn(String username) {
        open("/signin");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(portalUrl) && !d.getCurrentUrl().contains("/callback"));
        waitForAjax();
    }

    /**
     * Opens {@code path} while signed out, as a link from a mail or a bookmark is opened: Keycloak's login page comes
     * first; signs in there as {@code username} and ends wherever the portal then sends the browser.
     */
    public void signInAt(String path, String username) {
        open(path);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(portalUrl) && !d.getCurrentUrl().contains("/callback"));
        waitForAjax();
    }

    /** The portal's own address (scheme, host, port and context root). */
    public String portalUrl() {
        return portalUrl;
    }

    public String heading() {
        return read(() -> driver.findElement(By.tagName("h1")).getText().strip());
    }

    /**
     * The element's text. Read again when the element went stale in between (a new page replacing the one it was
     * found on; {@link #click} waits for the pages it sees coming, this catches a late one).
     */
    public String text(String id) {
        return read(() -> driver.findElement(By.id(id)).getText().strip());
    }

    private String read(Supplier<String> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
                waitForAjax();
            }
        }
    }

    public WebElement element(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Clicks and waits for what the click started: the ajax requests, or the new page. Chromium does not always hold
     * the click until the page a full submit or a link asks for has arrived (the old page stays until the answer
     * comes, complete and without ajax), so the click marks the page and, when the page says it is being left
     * ({@code beforeunload}), waits until it is replaced.
     */
    public void click(By by) {
        WebElement target = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(by));
        WebElement page = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript("window.__vrmLeaving = false; "
                + "window.addEventListener('beforeunload', function () { window.__vrmLeaving = true; });");
        target.click();
        if (leaving(page)) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
            } catch (TimeoutException stayed) {
                // the answer did not replace the page (a download): nothing more to wait for
            }
        }
        waitForAjax();
    }

    /** Whether the page is being left or already replaced, looked at for a moment after a click. */
    private boolean leaving(WebElement page) {
        try {
            return new WebDriverWait(driver, Duration.ofMillis(300), Duration.ofMillis(25)).until(d -> {
                try {
                    page.isEnabled(); // stale once the page is replaced
                    return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "return window.__vrmLeaving === true;")) ? Boolean.TRUE : null;
                } catch (WebDriverException replacedOrReplacing) {
                    return Boolean.TRUE;
                }
            });
        } catch (TimeoutException stays) {
            return false;
        }
    }

    /** A GET with this browser's session (downloads the browser would save rather than show); no redirects. */
    public java.net.http.HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", session == null ? "" : "JSESSIONID=" + session.getValue()).GET().build();
        // HTTP/1.1 as the browser speaks it (an h2c upgrade request is answered differently: RequestHardeningIT).
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Waits until the page is loaded and PrimeFaces has no ajax request in flight. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces || "
                        + "!PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Runs axe-core on the current page; fails listing every WCAG 2.1 A/AA violation. */
    public void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertEquals("", report, "WCAG 2.1 A/AA violations on " + driver.getCurrentUrl());
    }

    /**
     * Text on the current page shaped like an internal code or a Java name, outside elements marked as codes
     * ({@link VisibleCodeScan}); empty when the page speaks only the user's words.
     */
    @SuppressWarnings("unchecked")
    public List<String> internalCodes() {
        List<String> fragments = (List<String>) ((JavascriptExecutor) driver).executeScript(VisibleCodeScan.SCRIPT);
        return VisibleCodeScan.findings(fragments);
    }

    /** Fails listing every internal code or Java name the current page shows ({@link #internalCodes}). */
    public void assertNoInternalCodes() {
        assertEquals(List.of(), internalCodes(), "internal codes shown on " + driver.getCurrentUrl());
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                RunPortal.deleteTree(profile);
            } catch (IOException e) {
                // a file Chromium still held; the folder is in the system's temporary folder
            }
        }
    }
}
