/** The open call's pages: the public call, applying, the applicant's list, reviewing, and the secretariat's views. */
@NullMarked
package org.healthequity.exchange.opencall.ui;

import org.jspecify.annotations.NullMarked;
