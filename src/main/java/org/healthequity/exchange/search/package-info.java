/**
 * Full-text search across the portal: one Lucene index on disk that content modules feed through
 * {@link SearchSource} beans and {@link SearchableChanged} events, searched with per-language analysis, facets,
 * highlighting and the viewer's visibility applied to every query.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.healthequity.exchange.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
