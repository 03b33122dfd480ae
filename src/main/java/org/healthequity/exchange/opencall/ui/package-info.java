/**
 * The secretariat's screens for the open call: the list of calls, the call editor, and a call's applications with
 * screening, reviewer assignment, ranking, decisions, exports and statistics.
 */
@NullMarked
package org.healthequity.exchange.opencall.ui;

import org.jspecify.annotations.NullMarked;
