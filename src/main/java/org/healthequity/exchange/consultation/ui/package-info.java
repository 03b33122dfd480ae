/** The consultation pages: the list, one consultation with its contributions, and the secretariat's administration. */
@NullMarked
package org.healthequity.exchange.consultation.ui;

import org.jspecify.annotations.NullMarked;
