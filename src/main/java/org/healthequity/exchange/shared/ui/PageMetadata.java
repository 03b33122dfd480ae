package org.healthequity.exchange.shared.ui;

import java.util.Optional;

import org.healthequity.exchange.shared.i18n.Language;

/**
 * The plug-in a content module implements to describe its public pages in the bootstrap page's head, which crawlers
 * and link previews read without running JavaScript. Only what the public may read is described: a page the visitor
 * may not see, or that is not public, answers empty whoever asks.
 */
public interface PageMetadata {

    /**
     * @param path the page's address without the leading slash ("case-studies/42")
     * @param viewer the visitor's language, for texts of the portal's own (feed titles)
     */
    Optional<PageHead> describe(String path, Language viewer);
}
