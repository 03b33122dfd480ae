/** The member pages: registration, profiles, the directory, accounts, and the secretariat's member and institution administration. */
@NullMarked
package org.healthequity.exchange.member.ui;

import org.jspecify.annotations.NullMarked;
