/** Time: the injected clock and showing instants in the viewer's time zone. */
@NullMarked
package org.healthequity.exchange.shared.time;

import org.jspecify.annotations.NullMarked;
