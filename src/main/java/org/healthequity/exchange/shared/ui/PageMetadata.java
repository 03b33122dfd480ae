package org.healthequity.exchange.shared.ui;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The usual shape of a module's public pages: the list ({@code list}) offers its feed, an item's page
     * ({@code list/42}) is described by {@code item} (empty when the item is not public), any other path by nobody.
     */
    static Optional<PageHead> listOrItem(String path, String list, PageHead.FeedLink feed,
            LongFunction<Optional<PageHead>> item) {
        if (path.equals(list)) {
            return Optional.of(PageHead.feed(feed));
        }
        Matcher page = ITEM.matcher(path);
        if (!page.matches() || !page.group(1).equals(list)) {
            return Optional.empty();
        }
        return item.apply(Long.parseLong(page.group(2)));
    }

    /** A list's name and an item's id, as in {@code case-studies/42}. */
    Pattern ITEM = Pattern.compile("([a-z-]+)/([0-9]{1,18})");
}
