package org.healthequity.exchange.casestudy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.healthequity.exchange.shared.web.SitemapContribution;
import org.healthequity.exchange.shared.web.SitemapEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The library and every published case study, each dated by its last publication, for the sitemap. */
@Component
class CaseStudySitemap implements SitemapContribution {

    private final HarvestRows rows;

    CaseStudySitemap(HarvestRows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SitemapEntry> sitemapEntries() {
        List<HarvestCursor> published = rows.published();
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("/case-studies", published.stream().map(HarvestCursor::datestamp)
                .max(Comparator.naturalOrder()).orElse(null)));
        published.forEach(p -> entries.add(new SitemapEntry("/case-studies/" + p.id(), p.datestamp())));
        return entries;
    }
}
