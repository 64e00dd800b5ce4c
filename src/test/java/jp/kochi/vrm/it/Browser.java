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
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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

    public Browser(String portalUrl) {
        this.portalUrl = portalUrl;
        System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        Path profile;
        try {
            profile = Files.createTempDirectory("vrm-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ja", "--user-data-dir=" + profile);
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

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    /**
     * The element's text. Read again when the element went stale in between (a full-page submit whose new page
     * arrived after the click returned: the element found was the old page's).
     */
    public String text(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.id(id)).getText().strip();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
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

    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(by)).click();
        waitForAjax();
    }

    /** A GET with this browser's session (downloads the browser would save rather than show); no redirects. */
    public java.net.http.HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", session == null ? "" : "JSESSIONID=" + session.getValue()).GET().build();
        return java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
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

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
