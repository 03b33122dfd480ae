package org.healthequity.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.healthequity.exchange.support.Chromium;
import org.healthequity.exchange.support.MainPages;
import org.healthequity.exchange.support.TestSupportConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real browser ({@link Chromium}). Screenshots land in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class PortalBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static WebDriver browser;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMemberSignsInSeesTheDashboardAndSwitchesToArabic() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/login"));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        screenshot("01-login");
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        username.sendKeys("member@example.org");
        WebElement password = browser.findElement(
                By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"));
        password.sendKeys("exchange-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Priya Raman"));
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).as("session id changes at sign-in")
                .isNotEqualTo(sessionBefore);
        assertThat(pageText()).contains("Your tasks", "What is new for you", "Latest case studies");
        screenshot("02-dashboard");
        String own = MainPages.language(browser);

        browser.get(url("/no-such-page"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        assertThat(pageText()).doesNotContain("admin/mail", "admin/audit", "Available routes");
        screenshot("03-not-found");

        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome"));
        assertThat(browser.findElements(By.cssSelector("nav.main-nav a[aria-current='page']")))
                .as("the menu marks the page shown").hasSize(1);
        browser.findElement(By.cssSelector("details.language-switcher > summary")).click();
        WebElement arabic = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//details[contains(@class, 'language-switcher')]//button[contains(., 'العربية')]")));
        screenshot("04a-language-switcher-open");
        arabic.click();

        wait.until(driver -> "rtl".equals(js("return document.documentElement.dir")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Priya Raman"));
        assertThat(js("return document.documentElement.lang")).isEqualTo("ar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).doesNotContain("Welcome");
        screenshot("04-dashboard-arabic");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(driver -> "rtl".equals(js("return document.documentElement.dir")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        Object overflow = js("return document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no sideways scrolling at phone width").isEqualTo(false);
        screenshot("05-dashboard-arabic-phone");

        // The switcher saved Arabic in the account: give the demo account its own language back for the tests after.
        MainPages.restoreLanguage(browser, wait, url(""), "member@example.org", own);
    }

    @Test
    void aDraftSavesItselfWhileTheAuthorTypes() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        username.sendKeys("admin@example.org");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"))
                .sendKeys("exchange-demo");
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard"));

        browser.get(url("/case-studies/new"));
        By title = By.xpath("//vaadin-text-field[label[normalize-space()='Title']]//input");
        wait.until(ExpectedConditions.visibilityOfElementLocated(title)).sendKeys("Typed in a real browser");

        wait.until(ExpectedConditions.urlMatches(".*/case-studies/[0-9]+/edit$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("save-state"), "Draft saved"));
        String id = browser.getCurrentUrl().replaceAll(".*/case-studies/([0-9]+)/edit$", "$1");
        // The last keystrokes are sent a second after typing pauses; then they are in the database.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "Typed in a real browser".equals(
                jdbc.queryForObject("select r.title from case_study c join case_study_revision r"
                        + " on r.id = c.working_revision_id where c.id = ?", String.class, Long.valueOf(id))));
        screenshot("06-case-study-autosaved");
        browser.get(browser.getCurrentUrl());
        wait.until(driver -> "Typed in a real browser".equals(driver.findElement(title).getDomProperty("value")));
    }

    @Test
    void anApplicantsAnswersSaveThemselvesAndTheSecretariatSeesTheCall() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("applicant@example.org");
        long call = jdbc.queryForObject("select id from open_call where status = 'OPEN' order by id limit 1",
                Long.class);

        browser.get(url("/calls/" + call));
        By seconds = By.className("countdown-seconds");
        String first = wait.until(ExpectedConditions.visibilityOfElementLocated(seconds)).getText();
        wait.until(driver -> !first.equals(driver.findElement(seconds).getText()));
        // Omar Khalil reads Arabic in Amman: the deadline is shown in his zone and in the call's.
        assertThat(js("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(pageText()).contains("Asia/Amman", "Europe/Zurich");
        screenshot("07-open-call");

        browser.get(url("/calls/" + call + "/apply"));
        By unit = By.xpath("//vaadin-text-field[label[starts-with(normalize-space(), 'الوحدة أو الإدارة')]]//input");
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(unit));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Faculty of Medicine, typed in a real browser");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                select answers -> 'values' ->> 'unit' from call_application a join account p on p.id = a.applicant_id
                where p.email = 'applicant@example.org' and a.call_id = ?""", String.class, call)
                .contains("Faculty of Medicine, typed in a real browser"));
        screenshot("08-application-autosaved");
        browser.get(browser.getCurrentUrl());
        wait.until(driver -> driver.findElement(unit).getDomProperty("value")
                .equals("Faculty of Medicine, typed in a real browser"));

        signIn("secretariat@example.org");
        browser.get(url("/admin/calls/" + call + "/applications"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-grid")));
        wait.until(driver -> pageText().contains("ICMR Regional Medical Research Centre"));
        screenshot("09-call-applications");
        browser.get(url("/admin/calls/" + call));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-grid")));
        screenshot("10-call-editor");
    }

    @Test
    void theSecretariatSeesAWebinarAroundTheWorldAndTheMonthCalendar() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1400));
        signIn("secretariat@example.org");

        Long id = jdbc.queryForObject("select id from webinar where title like 'Intersectoral action on housing%'",
                Long.class);
        browser.get(url("/webinars/" + id + "/edit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("fairness-table")));
        assertThat(browser.findElements(By.cssSelector(".fairness-row.night"))).isNotEmpty();
        js("document.querySelector('.fairness').scrollIntoView()");
        screenshot("11-webinar-editor-fairness");

        browser.get(url("/webinars"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("webinar-list")));
        // The month, the second way of showing them (the secretariat reads French).
        browser.findElements(By.cssSelector(".shown-as vaadin-radio-button")).get(1).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("webinar-month")));
        screenshot("12-webinars-month");
    }

    @Test
    void pagesRenderUnderTheContentSecurityPolicyWithoutAViolation() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        // Installed before any page script runs, in every new document: each refusal by the policy is remembered.
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = []; document.addEventListener('securitypolicyviolation',"
                        + " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
        for (String path : new String[] { "/", "/login", "/webinars", "/case-studies" }) {
            browser.get(url(path));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertNoViolation(path);
        }
        signIn("member@example.org");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertNoViolation("/dashboard");
        for (String path : new String[] { "/my/webinars", "/account", "/members" }) {
            browser.get(url(path));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
            assertNoViolation(path);
        }
    }

    private void assertNoViolation(String path) {
        wait.until(driver -> Boolean.TRUE.equals(js("return !!window.Vaadin && document.readyState === 'complete'")));
        Object violations = js("return window.__cspViolations");
        assertThat(violations).as("the violation listener is installed on " + path).isInstanceOf(List.class);
        assertThat((List<?>) violations).as("CSP violations on " + path).isEmpty();
        assertThat(js("return document.querySelector('h1') !== null")).as(path + " rendered").isEqualTo(true);
    }

    private void signIn(String email) {
        Chromium.signIn(browser, wait, url(""), email);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
