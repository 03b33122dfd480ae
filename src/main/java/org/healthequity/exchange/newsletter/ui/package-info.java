/** The newsletter pages: the secretariat's list and editor, the members' archive and the unsubscribe page. */
@NullMarked
package org.healthequity.exchange.newsletter.ui;

import org.jspecify.annotations.NullMarked;
