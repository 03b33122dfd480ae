/** The working-group pages: the list of groups, a group's space with its tabs, and the secretariat's administration. */
@NullMarked
package org.healthequity.exchange.workgroup.ui;

import org.jspecify.annotations.NullMarked;
