package org.healthequity.exchange.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9) and {@code /robots.txt}, outside Vaadin and reachable without signing in.
 * The sitemap lists the home page and what each module contributes; robots.txt keeps crawlers off the pages that
 * need a sign-in and points them to the sitemap. Links use {@code EXCHANGE_BASE_URL}.
 */
@RestController
class CrawlerController {

    /** The protocol's limit for one sitemap file; beyond it a sitemap index would be needed. */
    static final int MAX_URLS = 50_000;

    /** Paths of pages that need a sign-in or are for staff: nothing there is for crawlers. */
    static final List<String> DISALLOWED = List.of("/admin", "/account", "/my/", "/dashboard", "/moderation",
            "/reviews", "/login", "/register", "/password/", "/invitations/", "/calendar/", "/case-studies/new",
            "/search", "/VAADIN/", "/HEARTBEAT/", "/actuator/");

    private final List<SitemapContribution> contributions;
    private final ExchangeProperties properties;

    CrawlerController(List<SitemapContribution> contributions, ExchangeProperties properties) {
        this.contributions = contributions;
        this.properties = properties;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("/", null));
        contributions.forEach(contribution -> entries.addAll(contribution.sitemapEntries()));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        entries.stream().limit(MAX_URLS).forEach(entry -> {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(properties.link(entry.path()))).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(
                        entry.lastModified().truncatedTo(ChronoUnit.SECONDS))).append("</lastmod>");
            }
            xml.append("</url>\n");
        });
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(xml.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        StringBuilder body = new StringBuilder("User-agent: *\n");
        DISALLOWED.forEach(path -> body.append("Disallow: ").append(path).append('\n'));
        body.append("Allow: /\n\nSitemap: ").append(properties.link("/sitemap.xml")).append('\n');
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(body.toString());
    }
}
