/** Text people write: Markdown in, sanitized HTML out. */
@NullMarked
package org.healthequity.exchange.shared.text;

import org.jspecify.annotations.NullMarked;
