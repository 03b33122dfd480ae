/** The secretariat's view of outgoing mail: what waits in the outbox, what failed and why. */
@NullMarked
package org.healthequity.exchange.notification.ui;

import org.jspecify.annotations.NullMarked;
