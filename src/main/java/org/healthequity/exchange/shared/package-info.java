/**
 * What every feature stands on and which depends on no feature: the layout and error pages, security, languages,
 * time zones, the audit log and the database bootstrap. Open to all modules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.healthequity.exchange.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
