package org.healthequity.exchange.shared.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a public page tells crawlers and link previews in its server-rendered head (ADR 0021): Open Graph, Dublin Core,
 * schema.org JSON-LD and the Atom feeds it offers. Every value is plain text; {@link PageHeadTags} escapes it.
 *
 * @param title the item's title, or null when the page only offers feeds
 * @param openGraphType "article", "website", ...
 * @param dublinCore Dublin Core elements in order ({@code DC.title}, {@code DC.creator}, ...)
 * @param jsonLd a schema.org JSON-LD document, or null
 */
public record PageHead(@Nullable String title, String description, String url, String openGraphType,
        List<Meta> dublinCore, @Nullable String jsonLd, List<FeedLink> feeds) {

    /** One {@code <meta name content>}. */
    public record Meta(String name, String content) {
    }

    /** A {@code <link rel="alternate" type="application/atom+xml">}. */
    public record FeedLink(String title, String href) {
    }

    /** A list page that offers only a feed. */
    public static PageHead feed(FeedLink feed) {
        return new PageHead(null, "", "", "website", List.of(), null, List.of(feed));
    }
}
