/** Events that cross modules which already depend on each other the other way round. */
@NullMarked
package org.healthequity.exchange.shared.events;

import org.jspecify.annotations.NullMarked;
