/** The webinar pages: the list and calendars, a webinar's page, the scheduling form, attendance and statistics. */
@NullMarked
package org.healthequity.exchange.webinar.ui;

import org.jspecify.annotations.NullMarked;
