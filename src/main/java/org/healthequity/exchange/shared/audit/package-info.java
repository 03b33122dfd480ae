/** The audit log: who signed in, who was refused, and what the secretariat changed, kept for review. */
@NullMarked
package org.healthequity.exchange.shared.audit;

import org.jspecify.annotations.NullMarked;
