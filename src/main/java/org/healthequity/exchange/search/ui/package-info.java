/** The search page and the index's administration page. */
@NullMarked
package org.healthequity.exchange.search.ui;

import org.jspecify.annotations.NullMarked;
