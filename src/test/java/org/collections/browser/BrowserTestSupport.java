package org.collections.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.collections.TestDatabase;
import org.collections.invoice.InvoiceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo application as a person meets it: its users and sample cases, served on a random port, and a headless
 * Chromium that logs in to the webapps. Every browser test class shares this one application (same configuration,
 * so Spring's context cache starts it once). The job executor is off: a test runs the jobs of the cases it touched
 * itself, so no other sample case moves while the browser looks at it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
abstract class BrowserTestSupport {

    private static final Logger log = LoggerFactory.getLogger(BrowserTestSupport.class);

    static final Path SCREENSHOTS = Path.of("target", "browser");
    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
    /** Generous: the two cores of a CI machine are shared, and the webapps load a few megabytes of script. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The webapps' notification of a failed request (commons-ui: class alert-danger or alert-error). */
    static final By ERROR_NOTIFICATION = By.cssSelector(".notifications .alert-danger, .notifications .alert-error");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.urlOr("jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1"));
    }

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    InvoiceRepository invoices;

    protected WebDriver browser;
    protected WebDriverWait wait;
    private Path userDataDir;
    private Path shots;
    private int step;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> methods = new HashMap<>();
    private final List<String> failedRequests = new ArrayList<>();

    @BeforeEach
    void startBrowser(TestInfo test) throws IOException {
        shots = SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        deleteRecursively(shots);
        Files.createDirectories(shots);
        step = 0;
        // a fresh profile per test: no cookie or cached session of an earlier test logs anyone in
        userDataDir = Files.createTempDirectory("chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // without the background-networking flags Chromium keeps calling home, which the closed network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + userDataDir);
        // the performance log lists every response, so a test can name the request that failed behind an error
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, TIMEOUT);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            try {
                // the state the test ended in, passed or failed: the page as a picture and as HTML
                screenshot("end");
                Files.writeString(shots.resolve("end.html"), browser.getPageSource());
                List<String> failed = failedRequests();
                if (!failed.isEmpty()) {
                    log.warn("Requests that failed in {}: {}", shots.getFileName(), failed);
                    Files.write(shots.resolve("failed-requests.txt"), failed);
                }
            } finally {
                browser.quit();
            }
        }
        deleteRecursively(userDataDir);
    }

    // ------------------------------------------------------------------ the webapps

    String appUrl(String app) {
        return "http://localhost:" + port + "/camunda/app/" + app + "/default/";
    }

    /** Opens the webapp's login page and logs in; answers once the login form is gone. */
    void logIn(String app, String user, String password) {
        browser.get(appUrl(app));
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model='username']")));
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        screenshot("login");
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
        // what went wrong before the login (the anonymous session check answers 404 by design) is no finding
        failedRequests();
        failedRequests.clear();
    }

    /** Waits for an element to be clickable, scrolls it into the middle of the view and clicks it. */
    WebElement click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        return element;
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** XPath for an element of the given tag whose text, trimmed, is exactly the text. */
    static By text(String tag, String text) {
        return By.xpath("//" + tag + "[normalize-space(.)=" + literal(text) + "]");
    }

    static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /** Saves what the browser shows now as target/browser/{class}-{test}/{nn}-{name}.png. */
    void screenshot(String name) {
        Path file = shots.resolve(String.format("%02d-%s.png", ++step, name));
        try {
            Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Screenshot {}", file);
    }

    /**
     * Waits until the webapp (AngularJS) has no request in flight, so that an error notification of a failed request
     * would be on screen by now.
     */
    void settled() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var root = document.querySelector('.ng-scope') || document.documentElement;"
                        + "var injector = window.angular && angular.element(root).injector();"
                        + "return !!injector && injector.get('$http').pendingRequests.length === 0;")));
    }

    /** Asserts, once the page has settled, that no error notification is shown; names the failed requests if one is. */
    void assertNoErrorNotification() {
        settled();
        List<String> shown = browser.findElements(ERROR_NOTIFICATION).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
        assertThat(shown).as("error notifications; failed requests: %s", failedRequests()).isEmpty();
    }

    /**
     * The requests that answered 400 or more since the login, as "status method url", from Chromium's performance
     * log (read once: the log is emptied by reading it, so this keeps what it read).
     */
    List<String> failedRequests() {
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                JsonNode params = message.path("params");
                switch (message.path("method").asText()) {
                    case "Network.requestWillBeSent" -> methods.put(params.path("requestId").asText(),
                            params.path("request").path("method").asText());
                    case "Network.responseReceived" -> {
                        int status = params.path("response").path("status").asInt();
                        if (status >= 400) {
                            failedRequests.add(status + " " + methods.getOrDefault(params.path("requestId").asText(),
                                    "?") + " " + params.path("response").path("url").asText());
                        }
                    }
                    default -> {
                        // other events of the log (timings, frames) say nothing about failures
                    }
                }
            } catch (IOException e) {
                log.debug("Unreadable performance log entry: {}", entry.getMessage());
            }
        }
        return List.copyOf(new LinkedHashSet<>(failedRequests));
    }

    // ------------------------------------------------------------------ the engine

    /**
     * What the job executor would do for these cases: runs their due jobs (async steps, timers due now) until none
     * is left. Cases are named by business key (invoice number, customer number: the contact case); the invoice's
     * legal route and plan cases carry the same keys.
     */
    void runJobsOf(String... businessKeys) {
        Set<String> keys = Set.of(businessKeys);
        for (int round = 0; round < 50; round++) {
            Set<String> instances = new java.util.HashSet<>();
            keys.forEach(key -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                    .forEach(pi -> instances.add(pi.getId())));
            List<Job> due = management.createJobQuery().executable().withRetriesLeft().list().stream()
                    .filter(job -> instances.contains(job.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs of " + keys + " keep becoming due");
    }

    String customerOf(String invoiceNumber) {
        return invoices.findByNumber(invoiceNumber).orElseThrow().getCustomer().getNumber();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
