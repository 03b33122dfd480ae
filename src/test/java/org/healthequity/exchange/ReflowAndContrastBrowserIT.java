package org.healthequity.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.support.Chromium;
import org.healthequity.exchange.support.MainPages;
import org.healthequity.exchange.support.TestSupportConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reflow (WCAG 1.4.10) and resized text (1.4.4) on the main pages, each as the role that sees it: nothing scrolls
 * sideways but grids and tables, nothing in the header is cut off or covers something else, and the menu button and
 * the menu stay reachable. Screenshots land in target/screenshots/reflow-320-*.png and zoom-200-*.png. Also the
 * contrast of what axe-core does not measure (1.4.11): the edges of fields and checkboxes and the focus ring. The
 * checks run in the page, from {@code src/test/resources/reflow/checks.js}.
 *
 * <p>Both sizes are set with Chromium's device metrics ({@code Emulation.setDeviceMetricsOverride}), which is what
 * browser zoom does to a page: the layout viewport shrinks by the zoom factor and every CSS pixel is drawn with that
 * many device pixels. 320 CSS px is 1.4.10's own measure (a 1280 px window at 400 %). For 1.4.4 a 1280 × 900 window at
 * 200 % is a 640 × 450 CSS px viewport with a device scale factor of 2: the page reflows exactly as under Ctrl + "+"
 * to 200 %, the way people enlarge text in practice and the technique WCAG accepts (G142). Pinch zoom
 * ({@code Emulation.setPageScaleFactor}) would not do: it magnifies without reflowing, so it scrolls in two dimensions
 * by design and proves nothing about the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class ReflowAndContrastBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A size to check: its name in the screenshots, CSS px wide and high, device pixels per CSS px, language. */
    private record Size(String name, int width, int height, int scale, String language) {
    }

    /** Each size once, one in each direction: Arabic right to left overflows at the other edge. */
    private static final List<Size> SIZES = List.of(new Size("reflow-320", 320, 640, 1, "en"),
            new Size("zoom-200", 640, 450, 2, "ar"));

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String checks;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        try (InputStream in = ReflowAndContrastBrowserIT.class.getResourceAsStream("/reflow/checks.js")) {
            assertThat(in).as("the reflow checks in the test resources").isNotNull();
            checks = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyMainPageReflowsAt320CssPixelsAndAt200PercentWithoutSidewaysScrollingOrCutHeader() throws IOException {
        Map<String, List<String>> pagesByRole = MainPages.byRole(jdbc);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Size size : SIZES) {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", size.width(), "height", size.height(), "deviceScaleFactor", size.scale(),
                    "mobile", false));
            for (Map.Entry<String, List<String>> role : pagesByRole.entrySet()) {
                String own = MainPages.signInAs(browser, wait, url(""), role.getKey(), size.language());
                for (String path : role.getValue()) {
                    MainPages.open(browser, wait, url(path));
                    String where = size.name() + " " + size.language() + " "
                            + (role.getKey().isEmpty() ? "visitor" : role.getKey()) + " " + path + ": ";
                    problems("page").forEach(problem -> problems.add(where + problem));
                    screenshot(size.name() + "-" + size.language() + path.replaceAll("[^A-Za-z0-9]+", "-"));
                    checked++;
                }
                String where = size.name() + " " + size.language() + " menu of " + role.getKey() + ": ";
                menuProblems().forEach(problem -> problems.add(where + problem));
                MainPages.restoreLanguage(browser, wait, url(""), role.getKey(), own);
            }
        }
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        System.out.printf("REFLOW pages_checked=%d problems=%d%n", checked, problems.size());
        problems.forEach(problem -> System.out.println("REFLOW problem " + problem));
        assertThat(checked).isEqualTo(SIZES.size() * MainPages.count(pagesByRole));
        assertThat(problems).as("content lost or scrolling sideways at 320 CSS px and at 200 %").isEmpty();
    }

    @Test
    void fieldEdgesCheckboxesAndTheFocusRingStandOutAtThreeToOne() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        MainPages.signInAs(browser, wait, url(""), "", "en");
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/register", "/webinars")) {
            MainPages.open(browser, wait, url(path));
            problems("contrast").forEach(problem -> problems.add(path + ": " + problem));
        }
        problems.forEach(problem -> System.out.println("CONTRAST problem " + problem));
        assertThat(problems).as("non-text contrast of fields, checkboxes and the focus ring (WCAG 1.4.11)").isEmpty();
    }

    /** Opens the drawer with its button and checks its links (the next page loaded closes it again). */
    private List<String> menuProblems() {
        MainPages.open(browser, wait, url("/"));
        browser.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        wait.until(driver -> Boolean.TRUE.equals(js("return document.querySelector('vaadin-app-layout')"
                + ".hasAttribute('drawer-opened')")));
        wait.until(driver -> Boolean.TRUE.equals(js("""
                const r = document.querySelector('.main-nav').getBoundingClientRect();
                return r.width > 0 && r.left >= -1 && r.right <= document.documentElement.clientWidth + 1;""")));
        return problems("menu");
    }

    /** Runs one of the checks of {@code reflow/checks.js} in the page shown; returns what it found wrong. */
    @SuppressWarnings("unchecked")
    private List<String> problems(String check) {
        js(checks);
        return (List<String>) js("return window.reflowChecks." + check + "()");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
