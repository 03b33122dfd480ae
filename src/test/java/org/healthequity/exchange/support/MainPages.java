package org.healthequity.exchange.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages of README's table, each under the role that sees it (a visitor: the empty string), with the demo
 * world's ids filled in; the browser tests that walk every page (accessibility, reflow and zoom) share this list. Also
 * how such a test signs in and shows the pages in a language.
 */
public final class MainPages {

    private MainPages() {
    }

    /**
     * Addresses by role, in the order they are walked; {@code -Dit.pages=/admin/insights,/networks} keeps only those
     * (to check the pages a change touched without walking them all; the full walk is the default).
     */
    public static Map<String, List<String>> byRole(JdbcTemplate jdbc) {
        List<String> only = Arrays.stream(System.getProperty("it.pages", "").split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
        all(jdbc).forEach((role, pages) -> {
            List<String> kept = only.isEmpty() ? pages : pages.stream().filter(only::contains).toList();
            if (!kept.isEmpty()) {
                pagesByRole.put(role, kept);
            }
        });
        return pagesByRole;
    }

    private static Map<String, List<String>> all(JdbcTemplate jdbc) {
        long caseStudy = jdbc.queryForObject("select min(id) from case_study where status = 'PUBLISHED'", Long.class);
        long call = jdbc.queryForObject("select min(id) from open_call where status = 'OPEN'", Long.class);
        long webinar = jdbc.queryForObject(
                "select min(id) from webinar where audience = 'PUBLIC' and status = 'SCHEDULED'", Long.class);
        String group = jdbc.queryForObject(
                "select min(slug) from work_group where visibility = 'PUBLIC' and status = 'ACTIVE'", String.class);
        long newsletter = jdbc.queryForObject("select min(id) from newsletter where status = 'SENT'", Long.class);
        long decided = jdbc.queryForObject("select coalesce(min(id), 0) from open_call where status = 'DECIDED'",
                Long.class);
        long discussed = jdbc.queryForObject("select coalesce(min(application_id), 0) from call_meta_review",
                Long.class);
        // The demo's closed GKNHE consultation, with its synthesis (member@example.org belongs to the GKNHE).
        long consultation = jdbc.queryForObject("""
                select min(c.id) from consultation c join consultation_synthesis s on s.consultation_id = c.id
                where c.scope = 'NETWORK' and c.network = 'GKNHE'""", Long.class);
        Map<String, List<String>> pagesByRole = new LinkedHashMap<>();
        pagesByRole.put("", List.of("/", "/networks", "/login", "/register", "/password/forgot", "/members",
                "/case-studies", "/case-studies/" + caseStudy, "/search?q=health", "/calls", "/calls/" + call,
                "/webinars", "/webinars/" + webinar, "/groups", "/groups/" + group));
        pagesByRole.put("member@example.org", List.of("/dashboard", "/my/profile", "/account", "/my/case-studies",
                "/case-studies/new", "/my/webinars", "/my/applications", "/translations", "/newsletters",
                "/newsletters/" + newsletter, "/consultations", "/consultations/" + consultation));
        pagesByRole.put("secretariat@example.org", List.of("/moderation", "/admin/calls",
                "/admin/calls/" + call + "/applications", "/admin/calls/" + decided + "/follow-up", "/admin/members",
                "/admin/institutions", "/admin/coverage",
                "/admin/groups", "/admin/webinar-statistics", "/admin/insights", "/webinars/new", "/admin/newsletters",
                "/admin/newsletters/" + newsletter, "/applications/" + discussed + "/review", "/admin/clearance",
                "/admin/consultations"));
        // The demo's clearance focal point, with a case study waiting for Ethiopia's clearance (ADR 0032).
        pagesByRole.put("kebede.alemu@example.org", List.of("/clearance"));
        pagesByRole.put("reviewer@example.org", List.of("/reviews", "/applications/" + discussed + "/review"));
        pagesByRole.put("admin@example.org", List.of("/admin/mail", "/admin/audit", "/admin/search"));
        return pagesByRole;
    }

    /** How many pages {@link #byRole} lists. */
    public static int count(Map<String, List<String>> pagesByRole) {
        return pagesByRole.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Signs in (or stays a visitor) and shows the pages in the language: {@code ?lang=} chooses it as the switcher
     * does, which for a signed-in person is saved in the account, so {@link #restoreLanguage} puts back the language
     * returned here, the account's own (other tests expect the demo accounts as seeded: the secretariat reads French).
     *
     * @return the language the account had before (empty for a visitor)
     */
    public static String signInAs(WebDriver browser, WebDriverWait wait, String baseUrl, String email,
            String language) {
        String own = "";
        if (email.isEmpty()) {
            browser.get(baseUrl + "/login");
            browser.manage().deleteAllCookies();
        } else {
            Chromium.signIn(browser, wait, baseUrl, email);
            open(browser, wait, baseUrl + "/dashboard");
            own = language(browser);
        }
        chooseLanguage(browser, wait, baseUrl + (email.isEmpty() ? "/login" : "/dashboard"), language);
        return own;
    }

    /**
     * Chooses the language as the switcher does, on the page at {@code pageUrl}: for a signed-in person it is saved in
     * the account.
     */
    public static void chooseLanguage(WebDriver browser, WebDriverWait wait, String pageUrl, String language) {
        // Waiting for Vaadin to be idle first: the page as served may already say the language asked for before the
        // server has taken the choice in, and the account's own language would then win on the next page.
        open(browser, wait, pageUrl + "?lang=" + language);
        wait.until(driver -> language.equals(js(browser, "return document.documentElement.lang")));
    }

    /** The language the page is shown in. */
    public static String language(WebDriver browser) {
        return (String) js(browser, "return document.documentElement.lang");
    }

    /** Saves the account's own language again, as {@link #signInAs} (or {@link #language}) found it. */
    public static void restoreLanguage(WebDriver browser, WebDriverWait wait, String baseUrl, String email,
            String own) {
        if (!email.isEmpty() && !own.isEmpty()) {
            chooseLanguage(browser, wait, baseUrl + "/dashboard", own);
        }
    }

    /** Opens the page and waits until Vaadin has rendered it and has no request under way. */
    public static void open(WebDriver browser, WebDriverWait wait, String url) {
        browser.get(url);
        settle(browser, wait);
    }

    /** Waits until the page shown has been rendered by Vaadin and has no request under way. */
    public static void settle(WebDriver browser, WebDriverWait wait) {
        wait.until(driver -> Boolean.TRUE.equals(js(browser, "return document.readyState === 'complete'"
                + " && !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                + ".every(c => !c.isActive())")));
    }

    private static Object js(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
