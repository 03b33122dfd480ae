/**
 * People and their accounts: registration with e-mail confirmation, password reset and change, preferences, and the
 * demo accounts. Profiles, institutions and the directory grow here.
 */
@ApplicationModule(allowedDependencies = {"notification::api", "search::api", "shared"})
@NullMarked
package org.healthequity.exchange.member;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
