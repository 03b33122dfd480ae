package org.healthequity.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.healthequity.exchange.support.Chromium;
import org.healthequity.exchange.support.Keyboard;
import org.healthequity.exchange.support.Keyboard.Focused;
import org.healthequity.exchange.support.MainPages;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.TestSupportConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
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
 * The main journeys with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7): Tab, Shift+Tab, Enter, Space, arrows and
 * Escape through {@link Keyboard}, never a click or a value set by script. Every key is followed by a check that the
 * focus is visible; dialogs keep the focus inside and give it back to their opener; each journey's result is checked
 * in the database. Addresses are typed only where a person would follow a link from elsewhere (a mail, a bookmark).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardJourneysBrowserIT {

    private static final String NEW_APPLICANT = "keyboard.applicant@example.org";
    private static final String CASE_STUDY = "Keyboard-only access to clinics in Kisumu";
    private static final String THREAD = "Written without a mouse";
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Keyboard keys;
    private static int journeys;

    @LocalServerPort
    int port;

    private String signedIn = "";
    private String ownLanguage = "";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        keys = new Keyboard(browser, wait);
    }

    @AfterAll
    static void stopBrowser() {
        System.out.printf("KEYBOARD journeys=%d steps=%d%n", journeys, keys == null ? 0 : keys.steps());
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void theSkipLinkIsTheFirstStopAndLeadsPastTheFrameToThePage() {
        open("/calls");
        Focused first = keys.press(Keys.TAB);
        assertThat(first.name()).as("the first stop of the keyboard").isEqualTo("Skip to content");
        Focused heading = keys.press(Keys.ENTER);
        assertThat(heading.tag()).as("the skip link leads to the page's heading").isEqualTo("h1");
        Focused next = keys.press(Keys.TAB);
        assertThat(js("return document.getElementById('main-content').contains(document.activeElement)"))
                .as("the stop after the skip link, %s, is in the page, past the menu", next).isEqualTo(true);
        journeys++;
    }

    @Test
    @Order(2)
    void aVisitorRegistersConfirmsTheAddressAndSignsIn() {
        open("/");
        keys.tabTo("Register");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/register"));
        keys.tabTo("Full name");
        keys.type("Keyboard Applicant");
        keys.tabTo("E-mail address");
        keys.type(NEW_APPLICANT);
        keys.tabTo("Create account");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Check your mail"));
        assertThat(jdbc.queryForObject("select status from account where email = ?", String.class, NEW_APPLICANT))
                .isEqualTo("PENDING");

        // The link in the mail.
        open("/register/confirm?token=" + Outbox.latestToken(jdbc, NEW_APPLICANT));
        keys.tabTo("New password");
        keys.type("keyboard-only-2026");
        keys.tabTo("Repeat the new password");
        keys.type("keyboard-only-2026");
        keys.tabTo("Save the password");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), "your account is active"));
        assertThat(jdbc.queryForObject("select status from account where email = ?", String.class, NEW_APPLICANT))
                .isEqualTo("ACTIVE");
        signIn(NEW_APPLICANT, "keyboard-only-2026");
        journeys++;
    }

    @Test
    @Order(3)
    void theNewApplicantPassesTheEligibilityCheckAnswersAndSubmits() throws IOException {
        long call = jdbc.queryForObject("select min(id) from open_call where status = 'OPEN'", Long.class);
        signIn(NEW_APPLICANT, "keyboard-only-2026");
        open("/calls/" + call);
        keys.tabTo("Apply");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/apply"));
        keys.tabTo("Institution name");
        keys.type("University of the Keyboard");
        keys.tabTo("Institution type");
        choose("Univers");
        keys.tabTo("Country");
        pick("Jorda", false);
        for (String declaration : new String[] { "demonstrated expertise", "take part", "no ties" }) {
            keys.tabTo(declaration);
            keys.press(Keys.SPACE);
        }
        keys.tabTo("Check eligibility and start");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main-content"), "Application form"));
        assertThat(keys.focused().tag()).as("the focus stays in the page when the form replaces the check")
                .isNotEqualTo("body");

        keys.tabTo("Unit or department");
        keys.type("Department of Keyboards");
        keys.tabTo("Your expertise");
        keys.type("Ten years of monitoring with household surveys.");
        keys.tabTo("What you would contribute");
        keys.type("Training and data.");
        keys.tabTo("Academic or research");
        keys.press(Keys.SPACE);
        keys.tabTo("Upload a file");
        // A headless browser has no file chooser: the file is handed to the upload's input, as the chooser would.
        Path cv = Files.createTempFile("cv", ".pdf");
        Files.write(cv, "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        browser.findElement(By.cssSelector("vaadin-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]")).sendKeys(cv.toString());
        wait.until(driver -> jdbc.queryForObject("""
                select count(*) from call_application_file f join call_application a on a.id = f.application_id
                join account p on p.id = a.applicant_id where p.email = ?""", Integer.class, NEW_APPLICANT) == 1);
        keys.tabTo("Submit application");
        keys.press(Keys.ENTER);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SUBMITTED".equals(jdbc.queryForObject("""
                select a.status from call_application a join account p on p.id = a.applicant_id
                where p.email = ? and a.call_id = ?""", String.class, NEW_APPLICANT, call)));
        journeys++;
    }

    @Test
    @Order(4)
    void aMemberWritesACaseStudyAndSubmitsIt() {
        signIn("member@example.org", "exchange-demo");
        open("/my/case-studies");
        keys.tabTo("Write a case study");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/case-studies/new"));
        keys.tabTo("Title");
        keys.type(CASE_STUDY);
        for (String section : new String[] { "Summary", "Objectives", "Implementation", "Results and impact",
                "Lessons learned" }) {
            keys.tabTo(section);
            keys.type(section + " written with the keyboard alone.");
        }
        keys.tabTo("Countries");
        pick("Keny", true);
        keys.tabTo("From year");
        keys.type("2024");
        keys.tabTo("Themes");
        pick("", true);
        keys.tabTo("Submit for review");
        keys.press(Keys.ENTER);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SUBMITTED".equals(jdbc.queryForObject("""
                select c.status from case_study c join case_study_revision r on r.id = c.working_revision_id
                where r.title = ?""", String.class, CASE_STUDY)));
        journeys++;
    }

    @Test
    @Order(5)
    void theSecretariatClaimsTheCaseStudyAndApprovesItInTheDialog() {
        signIn("secretariat@example.org", "exchange-demo");
        open("/moderation");
        skipToContent();
        keys.tabTo("Item");
        // Tab goes from the grid's header to its rows; Ctrl+End to the last row, the newest item.
        keys.press(Keys.TAB);
        keys.press(Keys.chord(Keys.CONTROL, Keys.END));
        Focused row = keys.press(Keys.HOME);
        assertThat(row.name()).as("the newest item is the last row").contains(CASE_STUDY);
        keys.press(Keys.END);
        keys.press(Keys.ENTER);
        Focused claim = keys.focused();
        assertThat(claim.name()).isEqualTo("Claim");
        Focused cell = keys.press(Keys.ENTER);
        assertThat(cell.tag()).as("after the claim the row is drawn anew and the focus is on its cell")
                .isEqualTo("td");
        assertThat(keys.press(Keys.ENTER).name()).isEqualTo("Release");
        Focused decide = keys.tabTo("Decide");
        keys.press(Keys.ENTER);
        wait.until(driver -> keys.focused().inDialog());
        cycleInsideTheDialog();
        Focused back = keys.press(Keys.ESCAPE);
        assertThat(back).as("Escape closes the dialog and gives the focus back to its opener").isEqualTo(decide);
        keys.press(Keys.ENTER);
        wait.until(driver -> keys.focused().inDialog());
        keys.tabTo("Approve and publish");
        keys.press(Keys.ENTER);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "PUBLISHED".equals(jdbc.queryForObject("""
                select c.status from case_study c join case_study_revision r on r.id = c.published_revision_id
                where r.title = ?""", String.class, CASE_STUDY)));
        journeys++;
    }

    @Test
    @Order(6)
    void aReviewerScoresAnApplicationAndSubmitsAfterLookingAtTheConflictDialog() {
        signIn("reviewer@example.org", "exchange-demo");
        long review = jdbc.queryForObject("""
                select r.id from call_review r join account a on a.id = r.reviewer_id
                where a.email = 'reviewer@example.org' and r.status = 'ASSIGNED' order by r.id limit 1""", Long.class);
        open("/reviews");
        skipToContent();
        keys.tabTo("Application");
        keys.press(Keys.TAB);
        // Enter on a cell goes to the link in it; Enter again follows the link.
        assertThat(keys.press(Keys.ENTER).tag()).isEqualTo("a");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/reviews/" + review));
        for (int criterion = 0; criterion < 4; criterion++) {
            keys.tabTo("Score");
            keys.type("4");
            keys.tabTo("Comment");
            keys.type("Scored with the keyboard.");
        }
        Focused conflict = keys.tabTo("Declare a conflict of interest");
        keys.press(Keys.ENTER);
        wait.until(driver -> keys.focused().inDialog());
        cycleInsideTheDialog();
        assertThat(keys.press(Keys.ESCAPE)).as("the focus is back on the button that opened the dialog")
                .isEqualTo(conflict);
        keys.shiftTabTo("Submit review");
        keys.press(Keys.ENTER);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SUBMITTED".equals(
                jdbc.queryForObject("select status from call_review where id = ?", String.class, review)));
        journeys++;
    }

    @Test
    @Order(7)
    void aMemberStartsADiscussionInTheirGroup() {
        signIn("member@example.org", "exchange-demo");
        open("/groups/social-protection-and-health-equity");
        keys.tabTo("Subject");
        keys.type(THREAD);
        keys.tabTo("Message");
        keys.type("Posted with the keyboard alone.");
        keys.tabTo("Start the discussion");
        Focused after = keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("thread="));
        assertThat(after.tag()).as("the focus stays on the page").isNotEqualTo("body");
        assertThat(jdbc.queryForObject("select count(*) from work_group_thread where title = ?", Integer.class,
                THREAD)).isEqualTo(1);
        journeys++;
    }

    @Test
    @Order(8)
    void aMemberRegistersForAWebinar() {
        long webinar = jdbc.queryForObject("""
                select min(w.id) from webinar w where w.audience = 'PUBLIC' and w.status = 'SCHEDULED'
                and w.starts_at > now() and w.capacity is null and not exists (select 1 from webinar_registration r
                join account a on a.id = r.account_id where r.webinar_id = w.id and a.email = 'member@example.org')""",
                Long.class);
        signIn("member@example.org", "exchange-demo");
        open("/webinars/" + webinar);
        keys.tabTo("Register");
        Focused after = keys.press(Keys.ENTER);
        assertThat(after.name()).as("the focus moves to what replaced the button").isEqualTo("Cancel my registration");
        assertThat(jdbc.queryForObject("""
                select r.status from webinar_registration r join account a on a.id = r.account_id
                where r.webinar_id = ? and a.email = 'member@example.org'""", String.class, webinar))
                .isEqualTo("REGISTERED");
        journeys++;
    }

    @Test
    @Order(9)
    void aVisitorSearchesAndNarrowsByAFacet() {
        open("/search");
        browser.manage().deleteAllCookies();
        open("/search");
        skipToContent();
        keys.tabTo("Search");
        keys.type("health");
        keys.press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=health"));
        keys.tabTo("Country");
        if (!Boolean.TRUE.equals(js("return !!document.querySelector('vaadin-details.facet-country[opened]')"))) {
            keys.press(Keys.ENTER);
        }
        Focused value = keys.press(Keys.TAB);
        keys.press(Keys.SPACE);
        wait.until(ExpectedConditions.urlContains("country="));
        Focused after = keys.focused();
        assertThat(withoutCount(after.name())).as("the focus stays on the value chosen")
                .isEqualTo(withoutCount(value.name()));
        journeys++;
    }

    @Test
    @Order(10)
    void aVisitorCrossesTheMemberStateMapWithTheArrowKeysInOneTabStop() {
        open("/networks");
        browser.manage().deleteAllCookies();
        open("/networks");
        skipToContent();
        Focused first = keys.tabTo("United Arab Emirates:");
        assertThat(js("return document.activeElement.getAttribute('data-country')")).isEqualTo("AE");
        Focused next = keys.press(Keys.ARROW_RIGHT);
        assertThat(next.name()).as("the arrow moves to the next country, after %s", first).startsWith("Afghanistan:");
        assertThat(js("return document.querySelectorAll('[data-country][tabindex=\"0\"]').length"))
                .as("one country of the map is a tab stop").isEqualTo(1L);
        Focused after = keys.press(Keys.TAB);
        assertThat(js("return document.activeElement.hasAttribute('data-country')"))
                .as("Tab leaves the map in one step, to %s", after).isEqualTo(false);
        Focused back = keys.press(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(back.name()).as("the map remembers the country last reached").startsWith("Afghanistan:");
        assertThat(keys.press(Keys.END).name()).isNotEqualTo(back.name());
        journeys++;
    }

    /** Tab and Shift+Tab keep the focus inside the open dialog, as many times round as it has stops and more. */
    private void cycleInsideTheDialog() {
        for (int i = 0; i < 8; i++) {
            assertThat(keys.press(Keys.TAB).inDialog()).as("Tab stays in the dialog").isTrue();
        }
        for (int i = 0; i < 8; i++) {
            assertThat(keys.press(Keys.chord(Keys.SHIFT, Keys.TAB)).inDialog()).as("Shift+Tab stays in the dialog")
                    .isTrue();
        }
    }

    /** A facet value's label without its count, which changes with the choice. */
    private static String withoutCount(String label) {
        return label.replaceAll(" \\(\\d+\\)$", "");
    }

    /** From the top of a page: the skip link, then the page's heading. */
    private void skipToContent() {
        keys.tabTo("Skip to content");
        assertThat(keys.press(Keys.ENTER).tag()).isEqualTo("h1");
    }

    /**
     * Picks in a combo box that has the focus: types the start of the option (or nothing), goes down to the first
     * option shown and takes it; a list of several choices stays open for more, so Escape closes it.
     */
    private void pick(String start, boolean several) {
        if (!start.isEmpty()) {
            keys.type(start);
            // The options are filtered on the server a moment after typing pauses: wait for the ones typed for.
            wait.until(driver -> Boolean.TRUE.equals(js("""
                    const box = document.activeElement.closest('vaadin-combo-box, vaadin-multi-select-combo-box');
                    const first = box && !box.loading && (box.filteredItems || [])[0];
                    return !!first && String(first.label || '').toLowerCase().startsWith(arguments[0].toLowerCase());
                    """, start)));
        } else {
            keys.press(Keys.ARROW_DOWN);
        }
        keys.press(Keys.ARROW_DOWN);
        keys.press(Keys.ENTER);
        if (several) {
            keys.press(Keys.ESCAPE);
        }
    }

    /** Opens a select that has the focus, picks the option starting with the text typed, and closes it. */
    private void choose(String option) {
        keys.press(Keys.ENTER);
        keys.type(option);
        keys.press(Keys.ENTER);
    }

    /** Signs in through the form with the keyboard; the dashboard follows. */
    private void signIn(String email, String password) {
        open("/login");
        browser.manage().deleteAllCookies();
        open("/login");
        // The sign-in form puts the focus in its first field.
        if (!keys.focused().named("E-mail address")) {
            keys.tabTo("E-mail address");
        }
        keys.type(email);
        keys.tabTo("Password");
        keys.type(password);
        keys.pressToLeave(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        // The journeys read English labels, whatever the account's own language (the secretariat's reads French);
        // after the journey the account gets its own back.
        signedIn = email;
        MainPages.settle(browser, wait);
        ownLanguage = MainPages.language(browser);
        if (!"en".equals(ownLanguage)) {
            MainPages.chooseLanguage(browser, wait, base() + "/dashboard", "en");
        }
    }

    @AfterEach
    void giveTheAccountItsOwnLanguageBack() {
        MainPages.restoreLanguage(browser, wait, base(), signedIn, ownLanguage);
        signedIn = "";
        ownLanguage = "";
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** Opens an address as a bookmark or a link from elsewhere would: the focus starts at the top of the page. */
    private void open(String path) {
        browser.get(base() + path);
        keys.settle();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
