/**
 * What the portal tells crawlers: {@code /sitemap.xml}, assembled from the public pages each module contributes
 * ({@link org.healthequity.exchange.shared.web.SitemapContribution}), and {@code /robots.txt}.
 */
@NullMarked
package org.healthequity.exchange.shared.web;

import org.jspecify.annotations.NullMarked;
