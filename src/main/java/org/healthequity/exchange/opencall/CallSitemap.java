package org.healthequity.exchange.opencall;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.web.SitemapContribution;
import org.healthequity.exchange.shared.web.SitemapEntry;
import org.springframework.stereotype.Component;

/** The calls page and each call whose page is public (never a draft), for the sitemap. */
@Component
class CallSitemap implements SitemapContribution {

    private final CallCatalogue catalogue;

    CallSitemap(CallCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<SitemapEntry> sitemapEntries() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("/calls", null));
        catalogue.publicCalls().forEach(call -> entries.add(new SitemapEntry("/calls/" + call.id(), null)));
        return entries;
    }
}
