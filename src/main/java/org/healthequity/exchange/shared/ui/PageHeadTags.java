package org.healthequity.exchange.shared.ui;

import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.LocaleSupport;
import org.healthequity.exchange.shared.i18n.Translations;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Writes the {@link PageMetadata} of public pages into the bootstrap page's head (the HTML Vaadin serves before any
 * script runs), so that crawlers, link previews and feed readers see titles, summaries and feeds without JavaScript
 * (ADR 0021). Values go through jsoup's attribute escaping; JSON-LD is escaped so that no text can close its script.
 */
@Component
class PageHeadTags implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PageHeadTags.class);

    private final List<PageMetadata> sources;
    private final LocaleSupport locales;
    private final Translations translations;

    PageHeadTags(List<PageMetadata> sources, LocaleSupport locales, Translations translations) {
        this.sources = sources;
        this.locales = locales;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::modify);
    }

    void modify(IndexHtmlResponse response) {
        String path = path(response.getVaadinRequest());
        Language viewer = locales.current();
        for (PageMetadata source : sources) {
            try {
                source.describe(path, viewer).ifPresent(head -> write(response.getDocument(), head, viewer));
            } catch (RuntimeException e) {
                // The page itself still works without its metadata; the failure is the operator's to see.
                log.warn("Page metadata for /{} failed: {}", path, e.toString());
            }
        }
    }

    static String path(VaadinRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return "";
        }
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private void write(Document document, PageHead head, Language viewer) {
        Element html = document.head();
        if (head.title() != null) {
            String site = translations.get("app.name", viewer);
            document.title(head.title() + " · " + site);
            meta(html, "name", "description", head.description());
            html.appendElement("link").attr("rel", "canonical").attr("href", head.url());
            meta(html, "property", "og:title", head.title());
            meta(html, "property", "og:description", head.description());
            meta(html, "property", "og:url", head.url());
            meta(html, "property", "og:type", head.openGraphType());
            meta(html, "property", "og:site_name", site);
            if (!head.dublinCore().isEmpty()) {
                html.appendElement("link").attr("rel", "schema.DC").attr("href", "http://purl.org/dc/elements/1.1/");
                head.dublinCore().forEach(dc -> meta(html, "name", dc.name(), dc.content()));
            }
            if (head.jsonLd() != null) {
                html.appendElement("script").attr("type", "application/ld+json")
                        .appendChild(new DataNode(scriptSafe(head.jsonLd())));
            }
        }
        head.feeds().forEach(feed -> html.appendElement("link").attr("rel", "alternate")
                .attr("type", "application/atom+xml").attr("title", feed.title()).attr("href", feed.href()));
    }

    private static void meta(Element head, String attribute, String name, String content) {
        head.appendElement("meta").attr(attribute, name).attr("content", content);
    }

    /** JSON whose strings can hold any text: {@code <}, {@code >} and {@code &} as JSON escapes, which mean the same. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
