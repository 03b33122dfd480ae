/** The secretariat's moderation queue page. */
@NullMarked
package org.healthequity.exchange.moderation.ui;

import org.jspecify.annotations.NullMarked;
