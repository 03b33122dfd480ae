package org.healthequity.exchange.member;

import java.util.List;

import org.healthequity.exchange.shared.web.SitemapContribution;
import org.healthequity.exchange.shared.web.SitemapEntry;
import org.springframework.stereotype.Component;

/** The networks' page and the directory (visitors see its public part), for the sitemap. */
@Component
class MemberSitemap implements SitemapContribution {

    @Override
    public List<SitemapEntry> sitemapEntries() {
        return List.of(new SitemapEntry("/networks", null), new SitemapEntry("/members", null));
    }
}
