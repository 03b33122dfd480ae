package org.healthequity.exchange.webinar;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.web.SitemapContribution;
import org.healthequity.exchange.shared.web.SitemapEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The webinars page and each scheduled public webinar, for the sitemap (network and group ones are not public). */
@Component
class WebinarSitemap implements SitemapContribution {

    private final WebinarQueries queries;

    WebinarSitemap(WebinarQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SitemapEntry> sitemapEntries() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("/webinars", null));
        entries.addAll(queries.publicPages());
        return entries;
    }
}
