/**
 * Outgoing mail: a transactional outbox written in the same transaction as the change that causes a message, localised
 * templates, and a background sender with retry and backoff.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package org.healthequity.exchange.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
