/** The dashboard page: its filters in the address, the Member State map and the charts, each with its table. */
@NullMarked
package org.healthequity.exchange.insight.ui;

import org.jspecify.annotations.NullMarked;
