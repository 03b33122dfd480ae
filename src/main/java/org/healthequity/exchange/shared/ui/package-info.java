/** The portal's frame and its general pages: layout, menu, language switcher, home, dashboard, sign-in, errors, and the small UI helpers every feature uses. */
@NullMarked
package org.healthequity.exchange.shared.ui;

import org.jspecify.annotations.NullMarked;
