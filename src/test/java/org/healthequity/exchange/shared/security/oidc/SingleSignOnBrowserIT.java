package org.healthequity.exchange.shared.security.oidc;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.TestSupportConfiguration;
import org.healthequity.testing.oidc.OpenIdProvider;
import org.healthequity.testing.oidc.OpenIdProvider.Person;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end: a real OpenID provider (Spring Authorization Server, {@link OpenIdProvider}) started
 * before the portal, the authorization-code flow with PKCE driven in Chromium, attacks on {@code state} and
 * {@code nonce} made by editing the authorization address before the provider sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
// A context of its own (the provider's issuer is in it), used by this class only: closed afterwards, so that the next
// browser test's context neither shares the failsafe heap with it nor has its schema reset under a running portal.
@DirtiesContext
class SingleSignOnBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int PORT = freePort();
    private static final String PORTAL = "http://localhost:" + PORT;
    private static final OpenIdProvider PROVIDER = OpenIdProvider.start("exchange-portal", "portal-secret", PORTAL,
            List.of());

    private static WebDriver browser;
    private static WebDriverWait wait;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionRegistry sessions;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
        properties.add("exchange.oidc.issuer", PROVIDER::issuer);
        properties.add("exchange.oidc.client-id", () -> "exchange-portal");
        properties.add("exchange.oidc.client-secret", () -> "portal-secret");
        properties.add("exchange.oidc.name", () -> "WHO account");
        properties.add("exchange.oidc.role-mapping", () -> "who-secretariat=SECRETARIAT, who-admins=ADMIN");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
        assertThat(chromium).as("Chromium is installed (apt-get install chromium chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
                options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        PROVIDER.close();
    }

    /** Nobody is signed in, neither at the portal nor at the provider. */
    @BeforeEach
    void signedOutEverywhere() {
        browser.get(PROVIDER.issuer() + "/.well-known/openid-configuration");
        browser.manage().deleteAllCookies();
        browser.get(PORTAL + "/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aPersonWithAnAccountSignsInThroughTheProviderAsThatMember() throws IOException {
        String email = people.member("Amina Diallo");
        OpenIdProvider.put(new Person("amina", email, true, "Amina Diallo (WHO)", List.of()));

        browser.get(PORTAL + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.sso-button")));
        assertThat(browser.findElement(By.cssSelector("a.sso-button")).getText()).isEqualTo("Sign in with WHO account");
        screenshot("sso-01-login");
        browser.findElement(By.cssSelector("a.sso-button")).click();
        signInAtProvider("amina");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Amina Diallo"));
        assertThat(browser.getCurrentUrl()).isEqualTo(PORTAL + "/dashboard");
        screenshot("sso-02-dashboard");
        assertThat(jdbc.queryForObject("""
                select count(*) from external_identity l join account a on a.id = l.account_id
                where a.email = ? and l.issuer = ?""", Integer.class, email, PROVIDER.issuer())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'auth.login'"
                + " and outcome = 'SUCCESS'", Integer.class, email)).as("audited like a password sign-in").isOne();
    }

    @Test
    void theLinkKeepsWorkingWhenTheProviderChangesTheAddress() {
        String email = people.member("Kofi Mensah");
        OpenIdProvider.put(new Person("kofi", email, true, "Kofi Mensah", List.of()));
        signInWithProvider("kofi");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Kofi Mensah"));
        signedOutEverywhere();

        OpenIdProvider.put(new Person("kofi", People.addressFor("Kofi Renamed"), true, "Kofi Mensah", List.of()));
        signInWithProvider("kofi");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Kofi Mensah"));
    }

    @Test
    void someoneWithoutAnAccountIsToldHowToBeInvitedOrApply() throws IOException {
        OpenIdProvider.put(new Person("stranger", People.addressFor("Stranger"), true, "Sam Stranger", List.of()));
        signInWithProvider("stranger");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "No account for this sign-in"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("invite you",
                "See the calls for applications");
        screenshot("sso-03-unknown");
        browser.get(PORTAL + "/dashboard");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anUnverifiedAddressOfAnExistingAccountSignsNobodyIn() {
        String email = people.member("Lena Vogel");
        OpenIdProvider.put(new Person("impostor", email, false, "Lena Vogel", List.of("who-admins")));
        signInWithProvider("impostor");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "No account for this sign-in"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("did not confirm your e-mail");
        assertThat(jdbc.queryForObject("select count(*) from external_identity l join account a"
                + " on a.id = l.account_id where a.email = ?", Integer.class, email)).isZero();
    }

    @Test
    void theProvidersSecretariatGroupGivesTheSecretariatRoleForTheSession() throws IOException {
        String email = people.member("Rosa Ortega");
        OpenIdProvider.put(new Person("rosa", email, true, "Rosa Ortega", List.of("staff", "who-secretariat")));
        signInWithProvider("rosa");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Rosa Ortega"));

        browser.get(PORTAL + "/admin/members");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-grid")));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/members");
        screenshot("sso-04-admin-members");
        assertThat(jdbc.queryForList("select r.role from account_role r join account a on a.id = r.account_id"
                + " where a.email = ?", String.class, email)).as("the role is not stored").containsOnly("MEMBER");
    }

    @Test
    void aTamperedStateIsRefused() throws Exception {
        String email = people.member("Tomas Novak");
        OpenIdProvider.put(new Person("tomas", email, true, "Tomas Novak", List.of()));
        String authorization = authorizationAddress();
        assertThat(authorization).contains("code_challenge=", "code_challenge_method=S256", "nonce=", "state=");

        browser.get(authorization.replaceFirst("([?&])state=[^&]+", "$1state=forged-state"));
        signInAtProvider("tomas");

        assertRefusedWithSingleSignOnMessage();
    }

    @Test
    void aTamperedNonceIsRefused() throws Exception {
        String email = people.member("Mei Chen");
        OpenIdProvider.put(new Person("mei", email, true, "Mei Chen", List.of()));
        String authorization = authorizationAddress();

        browser.get(authorization.replaceFirst("([?&])nonce=[^&]+", "$1nonce=forged-nonce"));
        signInAtProvider("mei");

        assertRefusedWithSingleSignOnMessage();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'auth.login'"
                + " and outcome = 'FAILURE' and details like '%invalid_nonce%'", Integer.class)).isPositive();
    }

    @Test
    void anExpiredSessionSendsThePersonBackToSignIn() {
        String email = people.member("Ivan Petrov");
        OpenIdProvider.put(new Person("ivan", email, true, "Ivan Petrov", List.of()));
        signInWithProvider("ivan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Ivan Petrov"));

        int expired = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof ExchangeUser user && user.getUsername().equals(email)) {
                for (var session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    expired++;
                }
            }
        }
        assertThat(expired).as("the single-sign-on session is in the session registry").isOne();

        browser.get(PORTAL + "/dashboard");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "signed out"));
    }

    @Test
    void signingOutEndsThePortalSessionAndTheProviders() throws IOException {
        String email = people.member("Nadia Karim");
        OpenIdProvider.put(new Person("nadia", email, true, "Nadia Karim", List.of()));
        signInWithProvider("nadia");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Welcome, Nadia Karim"));

        browser.findElement(By.cssSelector("details.user-menu > summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//details[contains(@class, 'user-menu')]//button[@value='sign-out']"))).click();
        wait.until(ExpectedConditions.urlToBe(PORTAL + "/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'auth.logout'",
                Integer.class, email)).isOne();

        browser.get(PORTAL + "/dashboard");
        wait.until(ExpectedConditions.urlContains("/login"));
        // The provider's session ended too: choosing single sign-on asks for the password again.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.sso-button"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(PROVIDER.issuer() + "/login");
    }

    private void signInWithProvider(String username) {
        browser.get(PORTAL + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.sso-button"))).click();
        signInAtProvider(username);
    }

    private void signInAtProvider(String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(OpenIdProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /**
     * The address the portal sends the browser to, asked for in the browser's own portal session but without
     * following it, so that a test can edit it before the provider sees it.
     */
    private String authorizationAddress() throws IOException, InterruptedException {
        browser.get(PORTAL + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.sso-button")));
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(
                    URI.create(PORTAL + "/oauth2/authorization/oidc")).header("Cookie", "JSESSIONID=" + session)
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(302);
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(PROVIDER.issuer());
            return location;
        }
    }

    private void assertRefusedWithSingleSignOnMessage() throws IOException {
        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const form = document.querySelector('vaadin-login-form');"
                        + " return !!form && form.error && form.i18n.errorMessage.message.startsWith("
                        + "'Single sign-on did not succeed');")));
        screenshot("sso-05-refused");
        browser.get(PORTAL + "/dashboard");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
