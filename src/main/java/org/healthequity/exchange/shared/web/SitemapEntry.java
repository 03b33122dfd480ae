package org.healthequity.exchange.shared.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A public page in the sitemap: its path on the portal and, when known, when its content last changed. */
public record SitemapEntry(String path, @Nullable Instant lastModified) {
}
