package org.healthequity.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.support.Chromium;
import org.healthequity.exchange.support.TestSupportConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The grids of the pages the secretariat and applicants work in, in a real browser at a laptop's width and a phone's,
 * with values far longer than the demo's: the row's actions stay inside the window and the identifying column keeps
 * its room (on a phone: one card per row, as wide as the window allows); scrolled sideways, every column's header stands
 * above its cells, the frozen actions' too. A list with its chosen item's detail (the mail log) sits side by side at a
 * laptop's width and one at a time on a phone, with a way back. Also: a refused save moves the focus to the first
 * marked field, and the notification saying so is announced.
 * Screenshots land in target/screenshots/grids-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class GridWidthsBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int LAPTOP = 1366;
    private static final int PHONE = 390;
    private static final String LONG_NAME = "Maria-Fernanda de los Ángeles Villavicencio-Montenegro y Castañeda "
            + "Rodríguez-Echeverría";
    private static final String LONG_INSTITUTION = "Instituto Nacional de Investigación en Salud Pública y "
            + "Determinantes Sociales de la Salud de la Región Andina y Amazónica";
    private static final String LONG_REASON = "The institution's monitoring programme covers only two of the "
            + "required dimensions of inequality and the letter of support is missing its signature; "
            + "the committee asks for both before the next cycle. ".repeat(3);
    private static final String LONG_TITLE = "Monitoring inequalities in access to primary health care for "
            + "internally displaced and migrant populations across urban and rural districts, 2015–2025";

    private static WebDriver browser;
    private static WebDriverWait wait;

    private final List<String> scrolledSideways = new ArrayList<>();

    @LocalServerPort
    int port;

    @Autowired
    OpenCallFixture calls;

    @Autowired
    CaseStudyFixture caseStudies;

    @Autowired
    Translations translations;

    @Autowired
    MailOutbox outbox;

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
    void rowActionsStayInTheWindowAndTitlesKeepTheirRoomAtALaptopsAndAPhonesWidth() throws IOException {
        long call = calls.open(OpenCallFixture.nextCycle(), LONG_TITLE);
        String applicant = calls.people().registered(LONG_NAME,
                "long-name-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net");
        long application = calls.submittedBy(call, applicant, LONG_INSTITUTION, "PE");
        calls.signIn(OpenCallFixture.SECRETARIAT);
        calls.assignment().screen(application, false, LONG_REASON);
        calls.submittedBy(call, "applicant@example.org", LONG_INSTITUTION, "JO");
        caseStudies.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete(LONG_TITLE));
        SecurityContextHolder.clearContext();

        signIn(OpenCallFixture.SECRETARIAT);
        for (String page : List.of("/admin/calls/" + call + "/applications", "/admin/calls", "/moderation")) {
            checkAtBothWidths(page, 1);
        }
        signIn("applicant@example.org");
        checkAtBothWidths("/my/applications", 0);
        assertThat(scrolledSideways).as("pages whose grid scrolled sideways at 1366 px")
                .contains("/admin/calls/" + call + "/applications", "/admin/calls");
    }

    @Test
    void theMailLogShowsTheListThenTheChosenMessageAloneOnAPhoneAndBothSideBySideOnALaptop() throws IOException {
        String recipient = "mail-log-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        outbox.queue(recipient, Language.ENGLISH, "password-changed", LONG_NAME, "https://exchange.example.org/login");
        signIn("admin@example.org");
        String page = "/admin/mail?recipient=" + recipient;

        browser.manage().window().setSize(new Dimension(LAPTOP, 900));
        browser.get(url(page));
        waitForRows("identifying");
        Rect list = rect(".master-detail-list");
        Rect detail = rect(".master-detail-detail");
        assertThat(detail.left()).as("the detail beside the list at 1366 px").isGreaterThanOrEqualTo(list.right() - 1);

        browser.manage().window().setSize(new Dimension(PHONE, 844));
        browser.get(url(page));
        waitForRows("card");
        int window = windowWidth();
        assertThat(rect(".master-detail-detail").width()).as("no detail before a message is chosen").isZero();
        browser.findElement(By.cssSelector("vaadin-grid .grid-card")).click();
        wait.until(driver -> rect(".master-detail-detail").width() > 0 && rect(".master-detail-list").width() == 0);
        assertThat(rect(".master-detail-detail")).satisfies(shown -> {
            assertThat(shown.width()).as("the message as wide as the phone allows").isGreaterThanOrEqualTo(window * 0.7);
            assertThat(shown.right()).isLessThanOrEqualTo(window);
        });
        assertThat(browser.findElement(By.cssSelector(".master-detail-detail")).getText()).contains(recipient);
        screenshot("grids-phone-admin-mail-message");

        browser.findElement(By.cssSelector(".master-detail-back")).click();
        wait.until(driver -> rect(".master-detail-list").width() > 0 && rect(".master-detail-detail").width() == 0);
        waitForRows("card");
    }

    @Test
    void aRefusedSaveMovesTheFocusToTheFirstMarkedField() {
        browser.manage().window().setSize(new Dimension(LAPTOP, 900));
        signIn(OpenCallFixture.SECRETARIAT);
        browser.get(url("/webinars/new"));
        String save = translations.getTranslation("webinar.save", Locale.FRENCH);
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()='" + save + "']")));
        js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();

        wait.until(driver -> Boolean.TRUE.equals(js("return !!document.activeElement"
                + " && !!document.activeElement.closest('[invalid]')")));
        String notSaved = translations.getTranslation("form.refused", Locale.FRENCH).split(":")[0];
        WebElement card = browser.findElement(By.tagName("vaadin-notification-card"));
        assertThat(card.getText()).startsWith(notSaved);
        // Said by screen readers without moving the focus from the field (WCAG 4.1.3): Vaadin's card is an alert.
        assertThat(card.getDomAttribute("role")).isEqualTo("alert");
        assertThat(card.getDomAttribute("aria-live")).isEqualTo("polite");
    }

    /** @param actionRows how many rows at least have an actions cell (a page without actions: 0) */
    private void checkAtBothWidths(String page, int actionRows) throws IOException {
        browser.manage().window().setSize(new Dimension(LAPTOP, 900));
        browser.get(url(page));
        waitForRows("identifying");
        int laptop = windowWidth();
        assertThat(cellRects("actions")).as("row actions on " + page).hasSizeGreaterThanOrEqualTo(actionRows)
                .allSatisfy(rect -> {
                    assertThat(rect.left()).as("left edge of the actions on " + page).isGreaterThanOrEqualTo(0);
                    assertThat(rect.right()).as("right edge of the actions on " + page).isLessThanOrEqualTo(laptop);
                });
        assertThat(cellRects("identifying")).as("identifying column on " + page)
                .allSatisfy(rect -> assertThat(rect.width()).isGreaterThanOrEqualTo(250));
        headersStandAboveTheirCellsScrolledSideways(page, actionRows);
        screenshot("grids-laptop" + page.replaceAll("[^a-z0-9]+", "-"));

        browser.manage().window().setSize(new Dimension(PHONE, 844));
        browser.get(url(page));
        waitForRows("card");
        int window = windowWidth();
        assertThat(window).isLessThan(ResponsiveGrid.PHONE_WIDTH_PX);
        assertThat(cellRects("identifying")).as("no wide columns on a phone on " + page).isEmpty();
        assertThat(cellRects("card")).as("cards on " + page).isNotEmpty().allSatisfy(rect -> {
            assertThat(rect.width()).isGreaterThanOrEqualTo(window * 0.7);
            assertThat(rect.right()).isLessThanOrEqualTo(window);
        });
        Object buttons = js(BUTTONS_IN_CARDS);
        assertThat((List<?>) buttons).as("buttons in the cards of " + page).allSatisfy(right ->
                assertThat(((Number) right).doubleValue()).isLessThanOrEqualTo(window));
        screenshot("grids-phone" + page.replaceAll("[^a-z0-9]+", "-"));
    }

    /**
     * Scrolls the page's grid half-way sideways and compares the left edge of each column's header cell with that of
     * its cell in the first row: the frozen-to-end actions' header was once drawn 180 px to the left of its buttons.
     */
    private void headersStandAboveTheirCellsScrolledSideways(String page, int actionRows) {
        double scrolled = ((Number) js(SCROLL_SIDEWAYS)).doubleValue();
        if (scrolled > 0) {
            scrolledSideways.add(page);
        }
        List<List<Edge>> looks = new ArrayList<>(List.of(List.of()));
        wait.pollingEvery(Duration.ofMillis(300)).until(driver -> {
            List<Edge> now = edges();
            boolean same = !now.isEmpty() && now.equals(looks.getLast());
            looks.add(now);
            return same;
        });
        List<Edge> edges = looks.getLast();
        assertThat(edges).as("header and first-row cells on " + page).allSatisfy(edge ->
                assertThat(edge.body()).as("left edge of column %d's cells under its header on %s (scrolled %s px)",
                        edge.column(), page, scrolled).isCloseTo(edge.header(), within(1.0)));
        assertThat(edges.stream().filter(Edge::frozenToEnd).count()).as("frozen-to-end columns on " + page)
                .isEqualTo(actionRows > 0 ? 1 : 0);
        int laptop = windowWidth();
        assertThat(cellRects("actions")).as("row actions on " + page + " scrolled sideways").allSatisfy(rect ->
                assertThat(rect.right()).isLessThanOrEqualTo(laptop));
    }

    private record Rect(double left, double right, double width) {
    }

    /** A column's header cell's and first row cell's left edges. */
    private record Edge(int column, double header, double body, boolean frozenToEnd) {
    }

    /** Scrolls the first grid half-way to its end; answers how far, in pixels. */
    private static final String SCROLL_SIDEWAYS = """
            const table = document.querySelector('vaadin-grid').shadowRoot.querySelector('#table');
            table.scrollLeft = Math.floor((table.scrollWidth - table.clientWidth) / 2);
            table.dispatchEvent(new Event('scroll'));
            return table.scrollLeft;""";

    /** Per shown column of the first grid: [left of the last header row's cell, left of the first row's cell, frozen to end]. */
    private static final String EDGES = """
            const root = document.querySelector('vaadin-grid').shadowRoot;
            const row = root.querySelector('tbody#items tr:not([hidden])');
            const headers = [...root.querySelectorAll('thead#header tr:last-child th')];
            if (!row || headers.length === 0) return [];
            const cells = [...row.querySelectorAll('td')];
            return headers.map((th, i) => [th, cells[i]])
                .filter(([th, td]) => td && th.getBoundingClientRect().width > 0)
                .map(([th, td]) => [th.getBoundingClientRect().left, td.getBoundingClientRect().left,
                    th.hasAttribute('frozen-to-end')]);""";

    private List<Edge> edges() {
        List<?> rows = (List<?>) js(EDGES);
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<?> row = (List<?>) rows.get(i);
            edges.add(new Edge(i, ((Number) row.get(0)).doubleValue(), ((Number) row.get(1)).doubleValue(),
                    Boolean.TRUE.equals(row.get(2))));
        }
        return edges;
    }

    /** The rendered cells whose part name is {@code part}, in every grid of the page. */
    private static final String CELLS = """
            const part = arguments[0];
            return [...document.querySelectorAll('vaadin-grid')].flatMap(grid =>
                [...grid.shadowRoot.querySelectorAll('tbody#items tr:not([hidden]) td')]
                    .filter(td => (td.getAttribute('part') || '').split(' ').includes(part))
                    .map(td => td.getBoundingClientRect())
                    .filter(r => r.width > 0)
                    .map(r => [r.left, r.right, r.width]));""";

    private static final String BUTTONS_IN_CARDS = """
            return [...document.querySelectorAll('vaadin-grid .grid-card vaadin-button')]
                .map(b => b.getBoundingClientRect()).filter(r => r.width > 0)
                .map(r => r.right);""";

    /** The box of the first element matching {@code selector} (width 0 when hidden or not sent to the browser). */
    private Rect rect(String selector) {
        List<?> r = (List<?>) js("const e = document.querySelector(arguments[0]); if (!e) return [0, 0, 0];"
                + " const r = e.getBoundingClientRect(); return [r.left, r.right, r.width];", selector);
        return new Rect(((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(),
                ((Number) r.get(2)).doubleValue());
    }

    private List<Rect> cellRects(String part) {
        List<?> rects = (List<?>) ((JavascriptExecutor) browser).executeScript(CELLS, part);
        return rects.stream().map(r -> (List<?>) r).map(r -> new Rect(((Number) r.get(0)).doubleValue(),
                ((Number) r.get(1)).doubleValue(), ((Number) r.get(2)).doubleValue())).toList();
    }

    private int windowWidth() {
        return ((Number) js("return window.innerWidth")).intValue();
    }

    /** Waits until the grid has rows and has done measuring its columns (two looks give the same cells). */
    private void waitForRows(String part) {
        List<List<Rect>> looks = new ArrayList<>(List.of(List.of()));
        wait.pollingEvery(Duration.ofMillis(300)).until(driver -> {
            List<Rect> now = cellRects(part);
            boolean same = !now.isEmpty() && now.equals(looks.getLast());
            looks.add(now);
            return same;
        });
        js("document.querySelector('vaadin-grid').scrollIntoView()");
    }

    private void signIn(String email) {
        Chromium.signIn(browser, wait, url(""), email);
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
