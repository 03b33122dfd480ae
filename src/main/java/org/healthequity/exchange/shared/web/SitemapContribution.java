package org.healthequity.exchange.shared.web;

import java.util.List;

/**
 * A module's public pages for the sitemap: only what a visitor who is not signed in may open. The sitemap collects
 * every bean of this type, so {@code shared} names no feature (the plug-in style of {@code HomePanel}).
 */
public interface SitemapContribution {

    /** The pages, each by its path (e.g. {@code /case-studies/12}) with when it last changed when that is known. */
    List<SitemapEntry> sitemapEntries();
}
