package org.healthequity.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.support.Chromium;
import org.healthequity.exchange.support.TestSupportConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 A/AA checked by axe-core 4.14 (from the npm registry, kept in the test resources; nothing is downloaded) on
 * the pages of README's table, each as a role that sees it, in English and in Arabic. A violation inside a Vaadin
 * component that the portal cannot fix is allowed only through {@link #ALLOWED}, with its reason, and counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class AccessibilityBrowserIT {

    /**
     * Violations inside a Vaadin component, which the portal's markup cannot change: "rule component" → why, and where
     * it is to be reported upstream. Each is allowed only where every element it names is that component.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "aria-required-children vaadin-tabs", "vaadin-tabs (here inside the group page's vaadin-tabsheet) puts"
                    + " its scrolling container, a div with a tabindex, between the role=tablist host and the tabs in"
                    + " its shadow DOM; the tabs themselves are role=tab (to report at github.com/vaadin/web-components;"
                    + " /webinars no longer uses tabs for its list/month/week choice)",
            "aria-allowed-attr vaadin-date-time-picker", "a required vaadin-date-time-picker sets aria-required on"
                    + " its host, which has no role that allows it; its two inputs carry the required state (to"
                    + " report at github.com/vaadin/web-components)");

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String axe;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core in the test resources").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageOfTheTableMeetsWcag21AaForTheRoleThatSeesItInEnglishAndArabic() {
        long caseStudy = jdbc.queryForObject("select min(id) from case_study where status = 'PUBLISHED'", Long.class);
        long call = jdbc.queryForObject("select min(id) from open_call where status = 'OPEN'", Long.class);
        long webinar = jdbc.queryForObject(
                "select min(id) from webinar where audience = 'PUBLIC' and status = 'SCHEDULED'", Long.class);
        String group = jdbc.queryForObject(
                "select min(slug) from work_group where visibility = 'PUBLIC' and status = 'ACTIVE'", String.class);
        long newsletter = jdbc.queryForObject("select min(id) from newsletter where status = 'SENT'", Long.class);
        Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
        pagesByRole.put("", List.of("/", "/networks", "/login", "/register", "/password/forgot", "/members",
                "/case-studies", "/case-studies/" + caseStudy, "/search?q=health", "/calls", "/calls/" + call,
                "/webinars", "/webinars/" + webinar, "/groups", "/groups/" + group));
        pagesByRole.put("member@example.org", List.of("/dashboard", "/my/profile", "/account", "/my/case-studies",
                "/case-studies/new", "/my/webinars", "/my/applications", "/newsletters", "/newsletters/" + newsletter));
        pagesByRole.put("secretariat@example.org", List.of("/moderation", "/admin/calls",
                "/admin/calls/" + call + "/applications", "/admin/members", "/admin/institutions", "/admin/coverage",
                "/admin/groups", "/admin/webinar-statistics", "/webinars/new", "/admin/newsletters",
                "/admin/newsletters/" + newsletter));
        pagesByRole.put("reviewer@example.org", List.of("/reviews"));
        pagesByRole.put("admin@example.org", List.of("/admin/mail", "/admin/audit", "/admin/search"));

        List<String> violations = new ArrayList<>();
        int allowed = 0;
        int checked = 0;
        for (String language : List.of("en", "ar")) {
            for (Map.Entry<String, List<String>> role : pagesByRole.entrySet()) {
                signInAs(role.getKey(), language);
                for (String path : role.getValue()) {
                    List<Map<String, Object>> found = check(path);
                    // One h1 per page (a sensible outline starts with the page's own heading).
                    Object headings = js("return document.querySelectorAll('h1').length");
                    if (!Long.valueOf(1).equals(headings)) {
                        violations.add(language + " " + path + ": " + headings + " h1 elements instead of one");
                    }
                    System.out.printf("A11Y %s %s %s: %s%n", language, role.getKey(), path, found);
                    for (Map<String, Object> violation : found) {
                        String rule = (String) violation.get("id");
                        if (allowed(rule, (List<?>) violation.get("targets"))) {
                            allowed++;
                            continue;
                        }
                        violations.add(language + " " + (role.getKey().isEmpty() ? "visitor" : role.getKey()) + " "
                                + path + ": " + rule + " (" + violation.get("impact") + ") " + violation.get("nodes"));
                    }
                    checked++;
                }
                restoreEnglish(role.getKey());
            }
        }
        System.out.printf("A11Y pages_checked=%d violations=%d allowed=%d%n", checked, violations.size(), allowed);
        assertThat(checked).isEqualTo(2 * pagesByRole.values().stream().mapToInt(List::size).sum());
        violations.forEach(v -> System.out.println("A11Y violation " + v));
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }

    /** Whether the rule is allowed for a component and every element the violation names is that component. */
    private static boolean allowed(String rule, List<?> targets) {
        return !targets.isEmpty() && ALLOWED.keySet().stream().anyMatch(key -> key.startsWith(rule + " ")
                && targets.stream().allMatch(t -> String.valueOf(t).startsWith(key.substring(rule.length() + 1))));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> check(String path) {
        browser.get(url(path));
        wait.until(driver -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && !!window.Vaadin"
                + " && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                + ".every(c => !c.isActive())")));
        js(axe);
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                        resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                        targets: v.nodes.map(n => n.target.join(' ')),
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary)}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', targets: [], nodes: [String(e)]}]));
                """);
        return (List<Map<String, Object>>) result;
    }

    /**
     * Signs in (or stays a visitor) and shows the pages in the language: {@code ?lang=} chooses it as the switcher
     * does, which for a signed-in person is saved in the account, so {@link #restoreEnglish} undoes it for the demo
     * accounts.
     */
    private void signInAs(String email, String language) {
        if (email.isEmpty()) {
            browser.get(url("/login"));
            browser.manage().deleteAllCookies();
        } else {
            Chromium.signIn(browser, wait, url(""), email);
        }
        browser.get(url((email.isEmpty() ? "/login" : "/dashboard") + "?lang=" + language));
        wait.until(driver -> language.equals(js("return document.documentElement.lang")));
    }

    private void restoreEnglish(String email) {
        if (!email.isEmpty()) {
            browser.get(url("/dashboard?lang=en"));
            wait.until(driver -> "en".equals(js("return document.documentElement.lang")));
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
